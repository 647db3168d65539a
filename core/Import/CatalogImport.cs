using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Import;

/// <summary>
/// Loads a data file into the database without losing what the bot keeps: first <see cref="PreviewAsync"/> shows
/// what would be added, changed, removed and kept; <see cref="ApplyAsync"/> then does exactly that in one
/// transaction. A file with any error changes nothing. Each parses the file once and pairs elements through
/// dictionaries keyed by their stable ids (see <see cref="CatalogDiff"/>).
/// </summary>
public sealed class CatalogImport(IDbContextFactory<VerkostotDbContext> contexts, ICatalogSource catalogs, ChangeLogWriter changeLog)
{
    public async Task<ImportOutcome> PreviewAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        await PreviewAsync(await LoadAsync(json, cancellationToken), cancellationToken);

    /// <summary>
    /// Loads a file to be previewed: what it has as the catalog does is the catalog's own entity, not a copy (see
    /// <see cref="DataFileLoader.Load"/>). The result may be kept for <see cref="ApplyAsync(ReadOnlyMemory{byte}, DataLoadResult?, ChangeActor, string?, CancellationToken)"/>.
    /// </summary>
    public async Task<DataLoadResult> LoadAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return DataFileLoader.Load(json.Span, catalog);
    }

    /// <summary>Previews a file already loaded (<see cref="LoadAsync"/>), which the caller may then keep for <see cref="ApplyAsync"/>.</summary>
    public async Task<ImportOutcome> PreviewAsync(DataLoadResult file, CancellationToken cancellationToken)
    {
        if (!file.Succeeded) return ImportOutcome.Invalid(file.Errors);
        // Compared with the catalog the app shows rather than a fresh read of every row: applying compares with the
        // database again, in its transaction, and refuses a plan that would now be different.
        var catalog = await catalogs.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var diff = CatalogDiff.Compute(catalog.Content, file, await AnsweredMeetingsAsync(db, cancellationToken));
        return new ImportOutcome(ImportStatus.Previewed, [], diff.Plan());
    }

    /// <summary>
    /// Applies the file, logging every added, changed and removed element as <paramref name="actor"/>'s change. With
    /// <paramref name="expectedFingerprint"/> (the shown plan's), refuses with <see cref="ImportStatus.Stale"/> and
    /// changes nothing when the plan would now be different.
    /// </summary>
    public Task<ImportOutcome> ApplyAsync(ReadOnlyMemory<byte> json, ChangeActor actor, string? expectedFingerprint, CancellationToken cancellationToken) =>
        ApplyAsync(json, loaded: null, actor, expectedFingerprint, cancellationToken);

    /// <summary>
    /// As <see cref="ApplyAsync(ReadOnlyMemory{byte}, ChangeActor, string?, CancellationToken)"/>, starting from
    /// <paramref name="loaded"/>, the result of loading exactly <paramref name="json"/> (kept from its preview) instead of
    /// loading it again. Applying changes the loaded entities: a loaded result is for one apply only.
    /// </summary>
    public async Task<ImportOutcome> ApplyAsync(ReadOnlyMemory<byte> json, DataLoadResult? loaded, ChangeActor actor, string? expectedFingerprint, CancellationToken cancellationToken)
    {
        // The catalog holds every change saved by this instance; another instance's may not be in it yet (see RecheckAsync).
        var catalog = await catalogs.GetAsync(cancellationToken);
        // A file loaded with another catalog holds that one's entities where it had them unchanged: against this one, such
        // an entity could be one the plan adds (removed since), and adding changes it. Loaded again, the file holds only its own.
        var file = loaded is { SharesEntitiesOf: var shared } && (shared is null || ReferenceEquals(shared, catalog.Content)) ? loaded : DataFileLoader.Load(json.Span);
        if (!file.Succeeded) return ImportOutcome.Invalid(file.Errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempts = 0;
        var comparedWhole = false;
        var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // Applying takes the file's entities into the context, so a retry starts from a fresh copy.
            db.ChangeTracker.Clear();
            if (attempts++ > 0) file = DataFileLoader.Load(json.Span);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var answered = await AnsweredMeetingsAsync(db, cancellationToken);
            // Compared with the catalog, and the rows the plan touches read again here. Only when one of them is not as
            // the catalog has it is the whole data read (untracked: the diff tracks only what it changes, so saving
            // compares a few rows, not every row) and compared again.
            var diff = CatalogDiff.Compute(catalog.Content, file, answered);
            comparedWhole = !await diff.RecheckAsync(db, cancellationToken);
            if (comparedWhole)
            {
                // Against the database, an entity shared with the catalog could be one the plan adds: the file's own, then.
                if (file.SharesEntitiesOf is not null) file = DataFileLoader.Load(json.Span);
                diff = CatalogDiff.Compute(await CatalogReader.ReadAsync(db, cancellationToken), file, answered);
            }
            var plan = diff.Plan();
            if (expectedFingerprint is not null && expectedFingerprint != plan.Fingerprint)
            {
                return new ImportOutcome(ImportStatus.Stale, [], plan);
            }
            var numbered = diff.ApplyTo(db);
            foreach (var change in plan.Changes.Where(c => c.Action != PlannedAction.Keep && !IsNumberedMeeting(c)))
            {
                Log(db, actor, change.Kind, change.Key, change.NetworkId, change.Action, change.Fields);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (diff.AddsMeetingsWithIds) await MeetingIdentity.CatchUpAsync(db, cancellationToken);
            db.Meetings.AddRange(numbered);
            await db.SaveChangesAsync(cancellationToken);
            // New meetings without an id in the file are logged under the number the database just gave them.
            foreach (var meeting in numbered)
            {
                Log(db, actor, DataKind.Meeting, meeting.Id.ToString(CultureInfo.InvariantCulture), meeting.NetworkId, PlannedAction.Add, []);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportOutcome(ImportStatus.Applied, [], plan);
        });
        // Applied as planned from the catalog, the catalog follows the saved rows as after any edit made here. After a
        // refusal, or when the whole data had to be compared, the catalog may not hold another instance's change yet:
        // the next preview then reads the database.
        if (outcome.Status != ImportStatus.Applied || comparedWhole) catalogs.Invalidate();
        return outcome;
    }

    private void Log(VerkostotDbContext db, ChangeActor actor, DataKind kind, string key, string? networkId, PlannedAction action, IReadOnlyList<string> fields) =>
        changeLog.Record(db, actor, Enum.Parse<ChangedKind>(kind.ToString()), key, networkId, action switch
        {
            PlannedAction.Add => ChangeAction.Added,
            PlannedAction.Remove => ChangeAction.Removed,
            _ => ChangeAction.Changed,
        }, fields);

    private static bool IsNumberedMeeting(PlannedChange change) =>
        change is { Kind: DataKind.Meeting, Action: PlannedAction.Add } && !int.TryParse(change.Key, CultureInfo.InvariantCulture, out _);

    private static async Task<IReadOnlySet<int>> AnsweredMeetingsAsync(VerkostotDbContext db, CancellationToken cancellationToken) =>
        (await db.Set<MeetingAttendance>().Select(a => a.MeetingId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
}
