using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Verkostot.Core.Storage;

/// <summary>The SQLite flavour of the database, with its own migrations in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteVerkostotDbContext(DbContextOptions<SqliteVerkostotDbContext> options) : VerkostotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; as a number it can (all values are UTC).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
