using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// What coordinators do with the questions the bot could not answer, in Teams and in the coordinator web app: list
/// their networks' ones (and those asked with no network known) and mark them answered by a data change or out of
/// scope. A coordinator is known by their Entra object id; anyone else sees nothing and marks nothing.
/// </summary>
public sealed class UnansweredQuestions(IDbContextFactory<VerkostotDbContext> contexts, ICatalogSource catalogs, TimeProvider time)
{
    /// <summary>
    /// The coordinator's networks' unanswered questions (and those with no network), grouped by their words, the most
    /// asked first. <paramref name="networkId"/> narrows to one network; <paramref name="from"/>/<paramref name="until"/>
    /// to questions asked in that time; <paramref name="openOnly"/> leaves out the marked ones.
    /// </summary>
    public async Task<IReadOnlyList<UnansweredItem>> ListAsync(
        string coordinatorEntraObjectId,
        string? networkId = null,
        DateTimeOffset? from = null,
        DateTimeOffset? until = null,
        bool openOnly = false,
        CancellationToken cancellationToken = default)
    {
        var networks = await CoordinatedAsync(coordinatorEntraObjectId, cancellationToken);
        if (networks.Count == 0 || (networkId is not null && !networks.Contains(networkId)))
        {
            return [];
        }

        return await ListInAsync(networkId is null ? networks : [networkId], from, until, openOnly, cancellationToken);
    }

    /// <summary>
    /// One network's unanswered questions (and those with no network), for someone the caller has already let edit
    /// it (the coordinator web app's access rules: its coordinators and the administrators).
    /// </summary>
    public Task<IReadOnlyList<UnansweredItem>> ForNetworkAsync(string networkId, bool openOnly, CancellationToken cancellationToken) =>
        ListInAsync([networkId], null, null, openOnly, cancellationToken);

    /// <summary>Marks a question of <paramref name="networkId"/> (or one with no network), for someone the caller has let edit that network.</summary>
    public async Task<MarkOutcome> MarkInNetworkAsync(long id, UnansweredStatus status, string networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<UnansweredQuestion>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return MarkOutcome.NotFound;
        }

        return question.NetworkId is null || question.NetworkId == networkId
            ? await MarkSameWordsAsync(db, question, status, cancellationToken)
            : MarkOutcome.Forbidden;
    }

    private async Task<IReadOnlyList<UnansweredItem>> ListInAsync(
        IReadOnlyCollection<string> networks, DateTimeOffset? from, DateTimeOffset? until, bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<UnansweredQuestion>().AsNoTracking()
            .Where(q => q.NetworkId == null || networks.Contains(q.NetworkId));
        if (from is { } start) rows = rows.Where(q => q.AskedAt >= start);
        if (until is { } end) rows = rows.Where(q => q.AskedAt < end);
        if (openOnly) rows = rows.Where(q => q.Status == UnansweredStatus.Open);
        return Group(await rows.ToListAsync(cancellationToken));
    }

    /// <summary>Marks a question, and every asking of the same words in the same network, as <paramref name="status"/>.</summary>
    public async Task<MarkOutcome> MarkAsync(long id, UnansweredStatus status, string? coordinatorEntraObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<UnansweredQuestion>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return MarkOutcome.NotFound;
        }

        var networks = await CoordinatedAsync(coordinatorEntraObjectId, cancellationToken);
        if (networks.Count == 0 || (question.NetworkId is not null && !networks.Contains(question.NetworkId)))
        {
            return MarkOutcome.Forbidden;
        }

        return await MarkSameWordsAsync(db, question, status, cancellationToken);
    }

    private async Task<MarkOutcome> MarkSameWordsAsync(VerkostotDbContext db, UnansweredQuestion question, UnansweredStatus status, CancellationToken cancellationToken)
    {
        var key = Key(question.Text);
        // The words are compared as normalized here, not in SQL; the rows are then marked by one statement, not one
        // UPDATE per asking (SQLite runs each as its own command: 178 for a question asked 180 times).
        var same = (await db.Set<UnansweredQuestion>().AsNoTracking().Where(q => q.NetworkId == question.NetworkId)
                .Select(q => new { q.Id, q.Text }).ToListAsync(cancellationToken))
            .Where(q => Key(q.Text) == key).Select(q => q.Id).ToList();
        DateTimeOffset? markedAt = status == UnansweredStatus.Open ? null : time.GetUtcNow();
        await db.Set<UnansweredQuestion>().Where(q => same.Contains(q.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Status, status).SetProperty(q => q.MarkedAt, markedAt), cancellationToken);
        return MarkOutcome.Marked;
    }

    /// <summary>The same words asked several times are one item: case, spacing and punctuation aside.</summary>
    public static string Key(string text) => Text.TextNormalizer.Normalize(text).Joined;

    public static IReadOnlyList<UnansweredItem> Group(IEnumerable<UnansweredQuestion> rows) =>
        [.. rows.GroupBy(q => (Key(q.Text), q.NetworkId))
            .Select(g =>
            {
                var latest = g.MaxBy(q => q.AskedAt)!;
                return new UnansweredItem(latest.Id, latest.Text, latest.Language, g.Count(), latest.AskedAt, latest.NetworkId, latest.Status, latest.MarkedAt);
            })
            .OrderBy(i => i.Status != UnansweredStatus.Open)
            .ThenByDescending(i => i.Times)
            .ThenByDescending(i => i.LastAskedAt)];

    private async Task<HashSet<string>> CoordinatedAsync(string? entraObjectId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return [.. catalog.NetworksCoordinatedBy(entraObjectId, HelsinkiTime.Today(time)).Select(n => n.Id)];
    }
}
