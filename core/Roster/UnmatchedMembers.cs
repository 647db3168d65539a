using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Roster;

/// <summary>
/// What a coordinator does with a Team member the roster sync could not match to the data (a person the sync added,
/// with neither a municipality nor an organisation): link them to the person they are, or keep them as a new person.
/// Either is one transaction with its change log entries; the next sync then matches the member by their account.
/// </summary>
public sealed class UnmatchedMembers(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog)
{
    /// <summary>
    /// Makes the member <paramref name="personId"/>: the Teams account (Entra object id, sign-in name, guest or not),
    /// the e-mail address when the person has none, the roster links, and any roles, seats, meeting answers and e-mail
    /// opt-out move to the person; the member's own entry is removed.
    /// </summary>
    public Task<UnmatchedMemberOutcome> LinkAsync(string networkId, string memberId, string personId, ChangeActor actor, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            if (await FindAsync(db, networkId, memberId, cancellationToken) is not { } member) return UnmatchedMemberOutcome.NotFound;
            if (personId == memberId || await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken) is not { } person)
            {
                return UnmatchedMemberOutcome.NoSuchPerson;
            }
            if (person.EntraObjectId is { } own && member.EntraObjectId is { } other && !string.Equals(own, other, StringComparison.OrdinalIgnoreCase))
            {
                return UnmatchedMemberOutcome.TwoAccounts;
            }

            var fields = TakeAccount(person, member);
            await MoveAsync(db, member.Id, person.Id, cancellationToken);
            db.People.Remove(member);
            changeLog.Record(db, actor, ChangedKind.Person, person.Id, networkId, ChangeAction.Merged,
                string.Join("; ", new[] { $"linked roster member {member.Id}", fields.Count > 0 ? string.Join(", ", fields) : null }.OfType<string>()));
            changeLog.Record(db, actor, ChangedKind.Person, member.Id, networkId, ChangeAction.Removed, $"linked to {person.Id}");
            return UnmatchedMemberOutcome.Linked;
        }, cancellationToken);

    /// <summary>Keeps the member as a person of their own, saying where they work: a municipality of the data or an organisation.</summary>
    public Task<UnmatchedMemberOutcome> KeepAsNewAsync(string networkId, string memberId, string? municipalityId, string? organisation, ChangeActor actor, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            if (await FindAsync(db, networkId, memberId, cancellationToken) is not { } member) return UnmatchedMemberOutcome.NotFound;
            municipalityId = string.IsNullOrWhiteSpace(municipalityId) ? null : municipalityId.Trim();
            organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
            if (municipalityId is not null && !await db.Municipalities.AnyAsync(m => m.Id == municipalityId, cancellationToken)) municipalityId = null;
            if (municipalityId is null && organisation is null) return UnmatchedMemberOutcome.NoAffiliation;

            member.MunicipalityId = municipalityId;
            member.Organisation = organisation;
            changeLog.Record(db, actor, ChangedKind.Person, member.Id, networkId, ChangeAction.Changed,
                [.. new[] { municipalityId is null ? null : "municipalityId", organisation is null ? null : "organisation" }.OfType<string>()]);
            return UnmatchedMemberOutcome.KeptAsNew;
        }, cancellationToken);

    /// <summary>The member, when they are on the network's roster and still unmatched (as <see cref="RosterStatusQuery"/> lists them).</summary>
    private static Task<Person?> FindAsync(VerkostotDbContext db, string networkId, string memberId, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Id == memberId && p.MunicipalityId == null && p.Organisation == null
                && db.NetworkMemberships.Any(m => m.PersonId == p.Id && m.NetworkId == networkId && m.LeftOn == null))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The Teams account is the member's; other details only fill what the person lacks.</summary>
    private static List<string> TakeAccount(Person person, Person member)
    {
        var fields = new List<string>();
        if (member.EntraObjectId is not null && person.EntraObjectId is null)
        {
            (person.EntraObjectId, person.UserPrincipalName, person.IsGuest) = (member.EntraObjectId, member.UserPrincipalName ?? person.UserPrincipalName, member.IsGuest);
            fields.Add("entraObjectId");
        }
        if (person.Email is null && member.Email is not null)
        {
            person.Email = member.Email;
            fields.Add("email");
        }
        return fields;
    }

    private static async Task MoveAsync(VerkostotDbContext db, string memberId, string personId, CancellationToken cancellationToken)
    {
        var memberships = await db.NetworkMemberships.Where(m => m.PersonId == memberId || m.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var moved in memberships.Where(m => m.PersonId == memberId))
        {
            // One roster link per network: in the group if either was, joined at the earlier date, current if either is.
            if (memberships.FirstOrDefault(m => m.PersonId == personId && m.NetworkId == moved.NetworkId) is not { } kept)
            {
                moved.PersonId = personId;
                continue;
            }
            kept.InGroup |= moved.InGroup;
            kept.JoinedOn = new[] { kept.JoinedOn, moved.JoinedOn }.Min();
            kept.LeftOn = kept.LeftOn is null || moved.LeftOn is null ? null : new[] { kept.LeftOn, moved.LeftOn }.Max();
            db.NetworkMemberships.Remove(moved);
        }
        foreach (var role in await db.RoleAssignments.Where(r => r.PersonId == memberId).ToListAsync(cancellationToken)) role.PersonId = personId;
        foreach (var seat in await db.Seats.Where(s => s.MemberId == memberId || s.DeputyId == memberId).ToListAsync(cancellationToken))
        {
            if (seat.MemberId == memberId) seat.MemberId = personId;
            if (seat.DeputyId == memberId) seat.DeputyId = personId;
        }
        var answered = await db.Set<MeetingAttendance>().Where(a => a.PersonId == personId).Select(a => a.MeetingId).ToListAsync(cancellationToken);
        foreach (var answer in await db.Set<MeetingAttendance>().Where(a => a.PersonId == memberId).ToListAsync(cancellationToken))
        {
            if (answered.Contains(answer.MeetingId)) db.Remove(answer);
            else answer.PersonId = personId;
        }
        foreach (var optOut in await db.Set<EmailOptOut>().Where(o => o.PersonId == memberId).ToListAsync(cancellationToken))
        {
            db.Remove(optOut);
            if (!await db.Set<EmailOptOut>().AnyAsync(o => o.PersonId == personId, cancellationToken)) db.Add(new EmailOptOut { PersonId = personId, OptedOutAt = optOut.OptedOutAt });
        }
    }

    private async Task<UnmatchedMemberOutcome> InTransactionAsync(Func<VerkostotDbContext, Task<UnmatchedMemberOutcome>> work, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await work(db);
            if (outcome is UnmatchedMemberOutcome.Linked or UnmatchedMemberOutcome.KeptAsNew)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        });
    }
}
