using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Tests.Announcements;

/// <summary>The coordinator's decisions about an announcement in the change log, on PostgreSQL.</summary>
public sealed class AnnouncementChangeLogTests
{
    [Fact]
    public async Task Lifecycle_DraftEditSendStop_EachDecisionLoggedByTheAuthorWithoutTheText()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync();
        var on = world.AddInstance();
        var draft = await on.Store.CreateDraftAsync(world.Author, Draft("Kokouskutsu"), CancellationToken.None);
        await on.Store.UpdateDraftAsync(draft.Id, world.Author, Draft("Kokouskutsu 8.12."), CancellationToken.None);
        await on.Store.ConfirmAsync(draft.Id, world.Author, null, CancellationToken.None);
        await on.Ledger.StartAsync(draft.Id, _ => PostgresLedgerWorld.Recipients(3), CancellationToken.None);

        await on.Store.StopAsync(draft.Id, world.Author, CancellationToken.None);

        var log = await LogAsync(on);
        Assert.Equal(
            [(ChangeAction.Added, ""), (ChangeAction.Changed, "title"), (ChangeAction.Scheduled, "state, scheduledFor"), (ChangeAction.Stopped, "state")],
            log.Select(c => (c.Action, c.Summary)));
        Assert.All(log, c => Assert.Equal((ChangedKind.Announcement, draft.Id.ToString(), world.Author.Person.Id, ChangeChannel.Chat),
            (c.Kind, c.EntityId, c.ActorPersonId, c.Channel)));
        Assert.DoesNotContain(log, c => c.Summary.Contains("Tervetuloa") || c.Summary.Contains("Kokouskutsu"));
    }

    [Fact]
    public async Task CancelAsync_SecondClick_RefusedAndLoggedOnce()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync();
        var on = world.AddInstance();
        var draft = await on.Store.CreateDraftAsync(world.Author, Draft("Kokouskutsu"), CancellationToken.None);

        Assert.True((await on.Store.CancelAsync(draft.Id, world.Author, CancellationToken.None)).Done);
        Assert.False((await on.Store.CancelAsync(draft.Id, world.Author, CancellationToken.None)).Done);

        Assert.Single(await LogAsync(on), c => c.Action == ChangeAction.Cancelled);
    }

    private static ValidDraft Draft(string title) =>
        new(AnnouncementCatalog.NetworkId, title, "Tervetuloa.", null, AnnouncementAudience.ChannelAndMembers, null);

    private static async Task<List<ChangeLogEntry>> LogAsync(PostgresLedgerWorld.Instance on)
    {
        await using var db = await on.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        return await db.Set<ChangeLogEntry>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }
}
