using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Storage;

/// <summary>The PostgreSQL flavour of the database, with its own migrations in Storage/Migrations/Postgres.</summary>
public sealed class PostgresVerkostotDbContext(DbContextOptions<PostgresVerkostotDbContext> options) : VerkostotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // timestamptz accepts only UTC offsets; callers may hand in Helsinki offsets.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
