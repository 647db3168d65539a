using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Verkostot.Core.Storage;

/// <summary>Stores every instant with offset zero, as PostgreSQL's timestamptz requires.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
