using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Storage;

public sealed class PostgresCatalogUpdateTests : CatalogUpdateContract
{
    protected override Task<ThrowawayDatabase> CreateDatabaseAsync() => ThrowawayDatabase.PostgresAsync();
}
