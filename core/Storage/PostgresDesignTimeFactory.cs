using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Verkostot.Core.Storage;

/// <summary>Used only by <c>dotnet ef migrations add</c> to build the PostgreSQL model; never at run time.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVerkostotDbContext>
{
    public PostgresVerkostotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVerkostotDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
