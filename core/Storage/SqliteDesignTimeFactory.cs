using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Verkostot.Core.Storage;

/// <summary>Used only by <c>dotnet ef migrations add</c> to build the SQLite model; never at run time.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVerkostotDbContext>
{
    public SqliteVerkostotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVerkostotDbContext>().UseSqlite("Data Source=design.db").Options);
}
