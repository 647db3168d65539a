namespace Verkostot.Core.Tests.Storage;

public sealed class SqliteStorageTests(SqliteStorageFixture fixture) : StorageContract<SqliteStorageFixture>(fixture);
