using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Inbox;

public sealed class PostgresInboxStoreTests(PostgresStorageFixture fixture) : InboxStoreContract<PostgresStorageFixture>(fixture);
