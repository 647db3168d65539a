using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.ChangeLog;

public sealed class SqliteChangeLogTests : ChangeLogContract<SqliteStorageFixture>;
