using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Inbox;

public sealed class SqliteInboxStoreTests(SqliteStorageFixture fixture) : InboxStoreContract<SqliteStorageFixture>(fixture);
