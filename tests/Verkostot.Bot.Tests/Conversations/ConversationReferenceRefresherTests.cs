using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Conversations;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Conversations;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Conversations;

public sealed class ConversationReferenceRefresherTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly CountingStore _store = new();
    private readonly ConversationReferenceRefresher _refresher;

    public ConversationReferenceRefresherTests() =>
        _refresher = new ConversationReferenceRefresher(_store, new RecentlyStoredReferences(_time), new ReferenceWriteQueue(new WriteTurns(Options.Create(new StorageOptions()))), _time,
            NullLogger<ConversationReferenceRefresher>.Instance);

    [Fact]
    public async Task RefreshAsync_SameConversationTwice_WritesOnce()
    {
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);

        Assert.Equal(1, _store.Upserts);
    }

    [Fact]
    public async Task RefreshAsync_ServiceUrlChanged_WritesTheNewOne()
    {
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);
        await _refresher.RefreshAsync(Message("https://smba.example/europe/"), CancellationToken.None);

        Assert.Equal(2, _store.Upserts);
        Assert.Equal("https://smba.example/europe/", _store.Last!.ServiceUrl);
    }

    [Fact]
    public async Task RefreshAsync_UnchangedAfterAnHour_WritesAgainToShowTheConversationIsAlive()
    {
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);
        _time.Advance(RecentlyStoredReferences.RefreshAfter);
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);

        Assert.Equal(2, _store.Upserts);
    }

    [Fact]
    public async Task RefreshAsync_UninstallThenMessage_RemovesThenStoresAgain()
    {
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);
        await _refresher.RefreshAsync(Message("https://smba.example/emea/") with { Type = "installationUpdate", Action = "remove" }, CancellationToken.None);
        await _refresher.RefreshAsync(Message("https://smba.example/emea/"), CancellationToken.None);

        Assert.Equal(1, _store.Removes);
        Assert.Equal(2, _store.Upserts);
    }

    private static Activity Message(string serviceUrl) => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:u", AadObjectId = "aad-u" },
        Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "t" },
        Recipient = new ChannelAccount { Id = "28:bot" },
    };

    private sealed class CountingStore : IConversationReferenceStore
    {
        public int Upserts { get; private set; }
        public int Removes { get; private set; }
        public ConversationReference? Last { get; private set; }

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
        {
            Upserts++;
            Last = reference;
            return Task.CompletedTask;
        }

        public Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
        {
            Removes++;
            return Task.CompletedTask;
        }

        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult(Last);
        public Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult(Last);
        public Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken) => Task.FromResult(Last);
        public Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken) => Task.FromResult(Last);
    }
}
