using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Roster;

/// <summary>
/// A network's roster loaded for one sync, with every person indexed for matching: by Entra object id, else by
/// e-mail or UPN ignoring case. Applies joins and leaves to tracked entities, records what changed for the report and
/// logs it in the change log (saved with the changes); the caller saves. People are never deleted.
/// </summary>
public sealed class NetworkRoster
{
    private readonly VerkostotDbContext _db;
    private readonly ChangeLogWriter _changeLog;
    private readonly string _networkId;
    private readonly DateOnly _today;
    private readonly Dictionary<string, Person> _byObjectId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _byAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, NetworkMembership> _memberships = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _peopleById = new(StringComparer.Ordinal);
    private readonly List<RosterPerson> _joined = [];
    private readonly List<RosterPerson> _left = [];
    private readonly List<RosterPerson> _unmatched = [];

    private NetworkRoster(VerkostotDbContext db, ChangeLogWriter changeLog, string networkId, DateOnly today)
    {
        _db = db;
        _changeLog = changeLog;
        _networkId = networkId;
        _today = today;
    }

    public RosterChanges Changes => new(_joined, _left, _unmatched);

    /// <summary>Everyone: for a full read, where anyone on the roster may have left.</summary>
    public static async Task<NetworkRoster> LoadAsync(VerkostotDbContext db, ChangeLogWriter changeLog, string networkId, DateOnly today, CancellationToken cancellationToken)
    {
        var people = await db.People.ToListAsync(cancellationToken);
        var memberships = await db.NetworkMemberships.Where(m => m.NetworkId == networkId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return Create(db, changeLog, networkId, today, people, memberships, people.Select(p => p.Id));
    }

    /// <summary>
    /// Only the people a delta touches (by object id, or by the newcomers' addresses), so that the work grows with
    /// the changes, not with the roster.
    /// </summary>
    public static async Task<NetworkRoster> LoadAsync(VerkostotDbContext db, ChangeLogWriter changeLog, string networkId, DateOnly today,
        IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
    {
        var lowered = addresses.Select(a => a.ToLowerInvariant()).Distinct().ToList();
        var people = await db.People
            .Where(p => objectIds.Contains(p.EntraObjectId!) || lowered.Contains(p.Email!.ToLower()) || lowered.Contains(p.UserPrincipalName!.ToLower()))
            .ToListAsync(cancellationToken);
        var personIds = people.Select(p => p.Id).ToList();
        var memberships = await db.NetworkMemberships.Where(m => m.NetworkId == networkId && personIds.Contains(m.PersonId))
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        // Ids only, for unique slugs of people the delta adds.
        var takenIds = lowered.Count == 0 ? personIds : await db.People.Select(p => p.Id).ToListAsync(cancellationToken);
        return Create(db, changeLog, networkId, today, people, memberships, takenIds);
    }

    private static NetworkRoster Create(VerkostotDbContext db, ChangeLogWriter changeLog, string networkId, DateOnly today, List<Person> people,
        List<NetworkMembership> memberships, IEnumerable<string> takenIds)
    {
        var roster = new NetworkRoster(db, changeLog, networkId, today);
        roster._personIds.UnionWith(takenIds);
        foreach (var person in people)
        {
            roster.Index(person);
        }
        foreach (var membership in memberships)
        {
            // The latest row wins if an import ever left two for one person.
            roster._memberships[membership.PersonId] = membership;
        }
        return roster;
    }

    /// <summary>A group member with details (a full read, or a delta's newcomer): matched, or added as a new person.</summary>
    public void Join(DirectoryMember member)
    {
        if (Match(member) is { } person)
        {
            Update(person, member);
            MarkInGroup(person, _joined);
            return;
        }
        var added = NewPerson(member);
        _db.People.Add(added);
        Log(ChangedKind.Person, added.Id, ChangeAction.Added, []);
        Index(added);
        MarkInGroup(added, _unmatched);
    }

    /// <summary>A delta's newcomer the roster already knows by object id.</summary>
    public void Join(string objectId)
    {
        if (_byObjectId.TryGetValue(objectId, out var person))
        {
            MarkInGroup(person, _joined);
        }
    }

    public void Leave(string objectId)
    {
        if (_byObjectId.TryGetValue(objectId, out var person) && _memberships.TryGetValue(person.Id, out var membership))
        {
            MarkLeft(person, membership);
        }
    }

    /// <summary>After a full read: everyone marked in the group but not in it any more has left.</summary>
    public void LeaveAllExcept(IReadOnlySet<string> objectIds)
    {
        foreach (var (personId, membership) in _memberships)
        {
            var person = _peopleById[personId];
            if (membership.InGroup && (person.EntraObjectId is null || !objectIds.Contains(person.EntraObjectId)))
            {
                MarkLeft(person, membership);
            }
        }
    }

    private Person? Match(DirectoryMember member)
    {
        if (_byObjectId.TryGetValue(member.ObjectId, out var known))
        {
            return known;
        }
        // By address only people not yet tied to another directory account.
        foreach (var address in new[] { member.Mail, member.UserPrincipalName })
        {
            if (address is { Length: > 0 } && _byAddress.TryGetValue(address, out var person) && person.EntraObjectId is null)
            {
                return person;
            }
        }
        return null;
    }

    private void Update(Person person, DirectoryMember member)
    {
        var fields = new List<string>();
        if (person.EntraObjectId is null)
        {
            person.EntraObjectId = member.ObjectId;
            _byObjectId[member.ObjectId] = person;
            fields.Add("entraObjectId");
        }
        if (person.UserPrincipalName is null && member.UserPrincipalName is not null)
        {
            person.UserPrincipalName = member.UserPrincipalName;
            fields.Add("userPrincipalName");
        }
        if (person.Email is null && member.Mail is not null)
        {
            person.Email = member.Mail;
            fields.Add("email");
        }
        if (person.IsGuest != member.IsGuest)
        {
            person.IsGuest = member.IsGuest;
            fields.Add("isGuest");
        }
        if (fields.Count > 0) Log(ChangedKind.Person, person.Id, ChangeAction.Changed, fields);
    }

    private void MarkInGroup(Person person, List<RosterPerson> report)
    {
        if (!_memberships.TryGetValue(person.Id, out var membership))
        {
            membership = new NetworkMembership { NetworkId = _networkId, PersonId = person.Id, JoinedOn = _today, InGroup = true };
            _db.NetworkMemberships.Add(membership);
            _memberships[person.Id] = membership;
            report.Add(new RosterPerson(person.Name, person.IsGuest));
            Log(ChangedKind.Membership, $"{_networkId}/{person.Id}", ChangeAction.Joined, ["inGroup", "joinedOn"]);
            return;
        }
        if (membership.InGroup)
        {
            return;
        }
        membership.InGroup = true;
        membership.LeftOn = null;
        membership.JoinedOn ??= _today;
        report.Add(new RosterPerson(person.Name, person.IsGuest));
        Log(ChangedKind.Membership, $"{_networkId}/{person.Id}", ChangeAction.Joined, ["inGroup", "leftOn"]);
    }

    private void MarkLeft(Person person, NetworkMembership membership)
    {
        if (!membership.InGroup)
        {
            return;
        }
        membership.InGroup = false;
        membership.LeftOn = _today;
        _left.Add(new RosterPerson(person.Name, person.IsGuest));
        Log(ChangedKind.Membership, $"{_networkId}/{person.Id}", ChangeAction.Left, ["inGroup", "leftOn"]);
    }

    private void Log(ChangedKind kind, string id, ChangeAction action, IEnumerable<string> fields) =>
        _changeLog.Record(_db, ChangeActor.RosterSync, kind, id, _networkId, action, fields);

    private Person NewPerson(DirectoryMember member) => new()
    {
        Id = PersonSlug.Create(member.Name, member.ObjectId, _personIds),
        Name = member.Name,
        Title = member.JobTitle is { Length: > 0 } title ? new LocalizedText(title) : null,
        Email = member.Mail,
        UserPrincipalName = member.UserPrincipalName,
        EntraObjectId = member.ObjectId,
        IsGuest = member.IsGuest,
    };

    private void Index(Person person)
    {
        _personIds.Add(person.Id);
        _peopleById[person.Id] = person;
        if (person.EntraObjectId is { Length: > 0 } objectId)
        {
            _byObjectId[objectId] = person;
        }
        foreach (var address in new[] { person.Email, person.UserPrincipalName })
        {
            if (address is { Length: > 0 })
            {
                _byAddress.TryAdd(address, person);
            }
        }
    }
}
