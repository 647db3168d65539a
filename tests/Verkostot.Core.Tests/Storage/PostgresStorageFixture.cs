using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Storage;

public sealed class PostgresStorageFixture : StorageFixture
{
    protected override Task<ThrowawayDatabase> CreateDatabaseAsync() => ThrowawayDatabase.PostgresAsync();
}
