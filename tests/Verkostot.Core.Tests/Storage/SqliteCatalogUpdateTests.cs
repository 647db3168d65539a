using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Storage;

public sealed class SqliteCatalogUpdateTests : CatalogUpdateContract
{
    protected override Task<ThrowawayDatabase> CreateDatabaseAsync() => Task.FromResult(ThrowawayDatabase.Sqlite());
}
