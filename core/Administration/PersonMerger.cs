using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Administration;

/// <summary>
/// Merges a duplicate person into the one kept, in one transaction: roles, seats, meeting answers, roster links and
/// authored announcements move to the kept person; details the kept person lacks are taken from the duplicate,
/// including the Entra object id, with which the duplicate's Teams chats (conversation references are found by it)
/// move too. The reminders already sent to the duplicate count as sent to the kept person, so nobody is reminded twice
/// of one meeting, and a duplicate's wish for no e-mail is kept. Then the duplicate is removed. Reminders follow on
/// the next sweep, which plans by the seats.
/// </summary>
public sealed class PersonMerger(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog)
{
    public Task<EditResult<PersonMerge>> MergeAsync(string keepId, string duplicateId, ChangeActor actor, string? networkId, CancellationToken cancellationToken) =>
        RunAsync(keepId, duplicateId, actor, networkId, commit: true, cancellationToken);

    /// <summary>What <see cref="MergeAsync"/> would do, for the page to show before the coordinator confirms: the same merge, rolled back.</summary>
    public Task<EditResult<PersonMerge>> PreviewAsync(string keepId, string duplicateId, CancellationToken cancellationToken) =>
        RunAsync(keepId, duplicateId, new ChangeActor(null, "", ChangeChannel.Web), null, commit: false, cancellationToken);

    private async Task<EditResult<PersonMerge>> RunAsync(string keepId, string duplicateId, ChangeActor actor, string? networkId, bool commit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var keep = await db.People.SingleOrDefaultAsync(p => p.Id == keepId, cancellationToken);
            var duplicate = await db.People.SingleOrDefaultAsync(p => p.Id == duplicateId, cancellationToken);
            if (keep is null || duplicate is null) return EditResult<PersonMerge>.NotFound;
            if (keep.Id == duplicate.Id) return EditResult<PersonMerge>.Invalid([new EditError("duplicateId", EditErrorCode.MergeSamePerson)]);
            if (keep.EntraObjectId is { } a && duplicate.EntraObjectId is { } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            {
                return EditResult<PersonMerge>.Invalid([new EditError("duplicateId", EditErrorCode.MergeTwoAccounts)]);
            }

            var fields = TakeMissingDetails(keep, duplicate);
            var roles = await MoveRolesAsync(db, keep.Id, duplicate.Id, cancellationToken);
            var memberships = await MoveMembershipsAsync(db, keep.Id, duplicate.Id, cancellationToken);
            var answers = await MoveAnswersAsync(db, keep.Id, duplicate.Id, cancellationToken);
            var seats = await MoveSeatsAsync(db, keep.Id, duplicate.Id, cancellationToken);
            var announcements = await db.Set<Announcement>().Where(x => x.AuthorPersonId == duplicate.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.AuthorPersonId, keep.Id), cancellationToken);
            await MoveRemindersAsync(db, keep.Id, duplicate.Id, cancellationToken);
            await MoveEmailOptOutAsync(db, keep.Id, duplicate.Id, cancellationToken);

            db.People.Remove(duplicate);
            changeLog.Record(db, actor, ChangedKind.Person, keep.Id, networkId, ChangeAction.Merged,
                string.Join("; ", new[] { $"merged {duplicate.Id}", fields.Count > 0 ? string.Join(", ", fields) : null }.OfType<string>()));
            changeLog.Record(db, actor, ChangedKind.Person, duplicate.Id, networkId, ChangeAction.Removed, $"merged into {keep.Id}");
            await db.SaveChangesAsync(cancellationToken);
            if (commit) await transaction.CommitAsync(cancellationToken);
            else await transaction.RollbackAsync(cancellationToken);
            return EditResult<PersonMerge>.Saved(new PersonMerge(keep, duplicate, fields, roles, seats, memberships, answers, announcements));
        });
    }

    /// <summary>Fills what the kept person lacks from the duplicate; returns the names of the fields it filled.</summary>
    private static List<string> TakeMissingDetails(Person keep, Person duplicate)
    {
        var fields = new List<string>();
        void Take<T>(string name, T? kept, T? other, Action<T> set)
        {
            if (kept is not null || other is null) return;
            set(other);
            fields.Add(name);
        }
        Take("title", keep.Title, duplicate.Title, v => keep.Title = v);
        Take("municipalityId", keep.MunicipalityId, duplicate.MunicipalityId, v => keep.MunicipalityId = v);
        Take("organisation", keep.Organisation, duplicate.Organisation, v => keep.Organisation = v);
        Take("email", keep.Email, duplicate.Email, v => keep.Email = v);
        Take("entraObjectId", keep.EntraObjectId, duplicate.EntraObjectId, v => keep.EntraObjectId = v);
        Take("userPrincipalName", keep.UserPrincipalName, duplicate.UserPrincipalName, v => keep.UserPrincipalName = v);
        Take("language", keep.Language, duplicate.Language, v => keep.Language = v);
        var responsibilities = keep.Responsibilities.Union(duplicate.Responsibilities).ToList();
        if (responsibilities.Count != keep.Responsibilities.Count)
        {
            keep.Responsibilities = responsibilities;
            fields.Add("responsibilities");
        }
        var phones = keep.Phones.Union(duplicate.Phones).ToList();
        if (phones.Count != keep.Phones.Count)
        {
            keep.Phones = phones;
            fields.Add("phones");
        }
        return fields;
    }

    /// <summary>
    /// The duplicate's seats, as member or deputy, become the kept person's. Saved as tracked rows with their terms, so
    /// the catalog reads again just those bodies, not every body (as a bulk update of seats would make it).
    /// </summary>
    private static async Task<int> MoveSeatsAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var seats = await db.Seats.Where(s => s.MemberId == duplicateId || s.DeputyId == duplicateId).ToListAsync(cancellationToken);
        var termIds = seats.Select(s => s.TermId).Distinct().ToList();
        await db.Terms.Where(t => termIds.Contains(t.Id)).LoadAsync(cancellationToken);
        var moved = 0;
        foreach (var seat in seats)
        {
            if (seat.MemberId == duplicateId) (seat.MemberId, moved) = (keepId, moved + 1);
            if (seat.DeputyId == duplicateId) (seat.DeputyId, moved) = (keepId, moved + 1);
        }
        return moved;
    }

    /// <summary>The duplicate's roles become the kept person's; a role the kept person already has is not doubled.</summary>
    private static async Task<int> MoveRolesAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var roles = await db.RoleAssignments.Where(r => r.PersonId == keepId || r.PersonId == duplicateId).ToListAsync(cancellationToken);
        var held = roles.Where(r => r.PersonId == keepId).Select(Key).ToHashSet();
        var moved = 0;
        foreach (var role in roles.Where(r => r.PersonId == duplicateId))
        {
            if (held.Contains(Key(role))) db.RoleAssignments.Remove(role);
            else (role.PersonId, moved) = (keepId, moved + 1);
        }
        return moved;

        static (string, string?, Role, DateOnly?, DateOnly?) Key(RoleAssignment r) => (r.NetworkId, r.BodyId, r.Role, r.From, r.Until);
    }

    /// <summary>One roster link per network: in the group if either was, joined at the earlier date, still current if either is.</summary>
    private static async Task<int> MoveMembershipsAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var memberships = await db.NetworkMemberships.Where(m => m.PersonId == keepId || m.PersonId == duplicateId).ToListAsync(cancellationToken);
        var count = memberships.Count(m => m.PersonId == duplicateId);
        foreach (var moved in memberships.Where(m => m.PersonId == duplicateId))
        {
            var kept = memberships.FirstOrDefault(m => m.PersonId == keepId && m.NetworkId == moved.NetworkId);
            if (kept is null)
            {
                moved.PersonId = keepId;
                continue;
            }
            kept.InGroup |= moved.InGroup;
            kept.JoinedOn = new[] { kept.JoinedOn, moved.JoinedOn }.Min();
            kept.LeftOn = kept.LeftOn is null || moved.LeftOn is null ? null : new[] { kept.LeftOn, moved.LeftOn }.Max();
            db.NetworkMemberships.Remove(moved);
        }
        return count;
    }

    /// <summary>Meeting answers move; where both answered the same meeting, the later answer counts, as it always does.</summary>
    private static async Task<int> MoveAnswersAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var answers = await db.Set<MeetingAttendance>().Where(a => a.PersonId == keepId || a.PersonId == duplicateId).ToListAsync(cancellationToken);
        var count = answers.Count(a => a.PersonId == duplicateId);
        foreach (var moved in answers.Where(a => a.PersonId == duplicateId))
        {
            var kept = answers.FirstOrDefault(a => a.PersonId == keepId && a.MeetingId == moved.MeetingId);
            if (kept is null)
            {
                moved.PersonId = keepId;
                continue;
            }
            if (moved.AnsweredAt > kept.AnsweredAt)
            {
                (kept.Answer, kept.AnsweredAt, kept.StandsInForPersonId) = (moved.Answer, moved.AnsweredAt, moved.StandsInForPersonId);
            }
            db.Set<MeetingAttendance>().Remove(moved);
        }
        // Removing first: two rows for one meeting and person must never exist, even for a moment.
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<MeetingAttendance>().Where(a => a.StandsInForPersonId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StandsInForPersonId, keepId), cancellationToken);
        return count;
    }

    /// <summary>
    /// The duplicate's reminder rows become the kept person's, so the sweep, which plans by (meeting, person, key),
    /// does not remind the kept person again of what the duplicate was already told; where both have the same row the
    /// kept person's stays.
    /// </summary>
    private static async Task MoveRemindersAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ReminderMessage>().Where(r => r.PersonId == keepId || r.PersonId == duplicateId).ToListAsync(cancellationToken);
        var held = rows.Where(r => r.PersonId == keepId).Select(r => (r.MeetingId, r.Key)).ToHashSet();
        foreach (var row in rows.Where(r => r.PersonId == duplicateId))
        {
            if (held.Contains((row.MeetingId, row.Key))) db.Set<ReminderMessage>().Remove(row);
            else row.PersonId = keepId;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A wish for no e-mail made as the duplicate is the person's wish.</summary>
    private static async Task MoveEmailOptOutAsync(VerkostotDbContext db, string keepId, string duplicateId, CancellationToken cancellationToken)
    {
        var optOuts = await db.Set<EmailOptOut>().Where(o => o.PersonId == keepId || o.PersonId == duplicateId).ToListAsync(cancellationToken);
        if (optOuts.FirstOrDefault(o => o.PersonId == duplicateId) is not { } moved) return;
        db.Set<EmailOptOut>().Remove(moved);
        if (optOuts.All(o => o.PersonId != keepId)) db.Set<EmailOptOut>().Add(new EmailOptOut { PersonId = keepId, OptedOutAt = moved.OptedOutAt });
    }
}
