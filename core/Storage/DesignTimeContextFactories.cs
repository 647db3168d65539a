using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Verkostot.Core.Storage;

// Used only by `dotnet ef migrations add` to build each provider's model; never at run time.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVerkostotDbContext>
{
    public SqliteVerkostotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVerkostotDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVerkostotDbContext>
{
    public PostgresVerkostotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVerkostotDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
