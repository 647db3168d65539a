namespace Verkostot.Core.Tests.Storage;

public sealed class PostgresStorageTests(PostgresStorageFixture fixture) : StorageContract<PostgresStorageFixture>(fixture);
