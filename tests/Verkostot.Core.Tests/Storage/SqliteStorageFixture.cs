using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Storage;

public sealed class SqliteStorageFixture : StorageFixture
{
    // Its folder does not exist yet: AddCoreStorage must create it.
    protected override Task<ThrowawayDatabase> CreateDatabaseAsync() => Task.FromResult(ThrowawayDatabase.Sqlite());
}
