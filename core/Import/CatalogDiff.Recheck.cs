using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Import;

/// <summary>
/// Applying a plan made from the catalog: the rows it touches are read again in the applying transaction, instead of
/// the whole data.
/// </summary>
internal sealed partial class CatalogDiff
{
    // Past this many rows of one kind to read again, reading the whole data costs no more.
    private const int MaxRecheckedRows = 1000;

    /// <summary>
    /// Makes a diff computed against the catalog apply to the database, in the caller's transaction: reads again the
    /// rows the plan changes or removes (a body with its terms and seats, a document with its items), the rows of the
    /// networks it adds roles, memberships or meetings to, and the rows referring to what it removes; then changes
    /// and removes those fresh rows. Returns false when any of them is not as the catalog has it (another instance
    /// changed it, and this catalog does not know yet) or is too many to read: then the whole data must be compared
    /// again. Rows the plan leaves alone are not read, so a change another instance made to one of them stays.
    /// </summary>
    public async Task<bool> RecheckAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        // A removed region could be named in a seat's list of maakunnat, which no query can search.
        if (Removed(_regions).Any()) return false;
        return await NoneAddedAgainAsync(db, cancellationToken)
            && await SameRowsAsync(db, cancellationToken)
            && await SameBodiesAsync(db, cancellationToken)
            && await SameScopesAsync(db, cancellationToken)
            && await NothingElseReferredAsync(db, cancellationToken);
    }

    // Past this many rows of one kind a full comparison is cheaper than re-reading them by id.
    private static bool TooMany(params int[] counts) => counts.Any(c => c > MaxRecheckedRows);

    /// <summary>Nothing the plan adds is in the database already.</summary>
    private async Task<bool> NoneAddedAgainAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var regions = Ids(Added(_regions), r => r.Id);
        var municipalities = Ids(Added(_municipalities), m => m.Id);
        var people = Ids(Added(_people), p => p.Id);
        var networks = Ids(Added(_networks), n => n.Id);
        var bodies = Ids(Added(_bodies), b => b.Id);
        var documents = Ids(Added(_documents), d => d.Id);
        var meetings = Added(_meetings).Where(m => _meetingIdsFromFile.Contains(m.Id)).Select(m => m.Id).ToList();
        if (TooMany(regions.Count, municipalities.Count, people.Count, networks.Count, bodies.Count, documents.Count, meetings.Count)) return false;
        return !(regions.Count > 0 && await db.Regions.AnyAsync(r => regions.Contains(r.Id), cancellationToken))
            && !(municipalities.Count > 0 && await db.Municipalities.AnyAsync(m => municipalities.Contains(m.Id), cancellationToken))
            && !(people.Count > 0 && await db.People.AnyAsync(p => people.Contains(p.Id), cancellationToken))
            && !(networks.Count > 0 && await db.Networks.AnyAsync(n => networks.Contains(n.Id), cancellationToken))
            && !(bodies.Count > 0 && await db.Bodies.AnyAsync(b => bodies.Contains(b.Id), cancellationToken))
            && !(documents.Count > 0 && await db.PriorityDocuments.AnyAsync(d => documents.Contains(d.Id), cancellationToken))
            && !(meetings.Count > 0 && await db.Meetings.AnyAsync(m => meetings.Contains(m.Id), cancellationToken));
    }

    /// <summary>Every row changed or removed (bodies, terms and seats aside) is as the catalog has it; the fresh copy takes its place.</summary>
    private async Task<bool> SameRowsAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var regions = Ids(Touched(_regions), r => r.Id);
        var municipalities = Ids(Touched(_municipalities), m => m.Id);
        var people = Ids(Touched(_people), p => p.Id);
        var networks = Ids(Touched(_networks), n => n.Id);
        var roles = Ids(Touched(_roles), r => r.Id);
        var memberships = Ids(Touched(_memberships), m => m.Id);
        var meetings = Ids(Touched(_meetings), m => m.Id);
        var documents = Ids(Touched(_documents), d => d.Id);
        if (TooMany(regions.Count, municipalities.Count, people.Count, networks.Count, roles.Count, memberships.Count, meetings.Count, documents.Count)) return false;
        return Fresh(_regions, regions.Count == 0 ? [] : await db.Regions.AsNoTracking().Where(r => regions.Contains(r.Id)).ToListAsync(cancellationToken), r => r.Id, CatalogFields.Region.Same)
            && Fresh(_municipalities, municipalities.Count == 0 ? [] : await db.Municipalities.AsNoTracking().Where(m => municipalities.Contains(m.Id)).ToListAsync(cancellationToken), m => m.Id, CatalogFields.Municipality.Same)
            && Fresh(_people, people.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToListAsync(cancellationToken), p => p.Id, CatalogFields.Person.Same)
            && Fresh(_networks, networks.Count == 0 ? [] : await db.Networks.AsNoTracking().Where(n => networks.Contains(n.Id)).ToListAsync(cancellationToken), n => n.Id, CatalogFields.Network.Same)
            && Fresh(_roles, roles.Count == 0 ? [] : await db.RoleAssignments.AsNoTracking().Where(r => roles.Contains(r.Id)).ToListAsync(cancellationToken), r => r.Id,
                (a, b) => RoleKey(a) == RoleKey(b) && CatalogFields.Role.Same(a, b))
            && Fresh(_memberships, memberships.Count == 0 ? [] : await db.NetworkMemberships.AsNoTracking().Where(m => memberships.Contains(m.Id)).ToListAsync(cancellationToken), m => m.Id,
                (a, b) => a.NetworkId == b.NetworkId && a.PersonId == b.PersonId && CatalogFields.Membership.Same(a, b))
            && Fresh(_meetings, meetings.Count == 0 ? [] : await db.Meetings.AsNoTracking().Where(m => meetings.Contains(m.Id)).ToListAsync(cancellationToken), m => m.Id, CatalogFields.Meeting.Same)
            && Fresh(_documents, documents.Count == 0 ? [] : CatalogReader.Ordered(await CatalogReader.PriorityDocuments(db, tracking: false).Where(d => documents.Contains(d.Id)).ToListAsync(cancellationToken)),
                d => d.Id, CatalogFields.PriorityDocument.Same);
    }

    /// <summary>
    /// Each body the plan changes, removes, or changes a term or seat of, or adds one to, is as the catalog has it
    /// with all its terms and seats; the fresh copies take their places, so that they are tracked as one graph.
    /// </summary>
    private async Task<bool> SameBodiesAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var storedBodies = _stored.Bodies.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var ids = Touched(_bodies).Select(b => b.Id)
            .Concat(_terms.Where(o => o.Action is not null and not PlannedAction.Keep).Select(o => (o.Stored ?? o.Incoming!).BodyId))
            .Concat(_seats.Where(o => o.Action is not null and not PlannedAction.Keep).Select(o => o.Stored is { } seat ? _seatParents[seat].Term.BodyId : _seatTerms[o.Incoming!].BodyId))
            .Where(storedBodies.ContainsKey)
            .ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0) return true;
        if (ids.Count > MaxRecheckedRows) return false;
        var fresh = CatalogReader.Ordered(await CatalogReader.Bodies(db, tracking: false).Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken));
        var copies = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        foreach (var body in fresh)
        {
            if (!SameBody(storedBodies[body.Id], body, copies)) return false;
        }
        if (fresh.Count != ids.Count) return false;
        KeepSeatParents(copies);
        return Swap(_bodies, copies) && Swap(_terms, copies) && Swap(_seats, copies) && SwapSeatTerms(copies);
    }

    private static bool SameBody(Body stored, Body fresh, Dictionary<object, object> copies)
    {
        if (!CatalogFields.Body.Same(stored, fresh) || stored.Terms.Count != fresh.Terms.Count) return false;
        copies[stored] = fresh;
        var freshTerms = fresh.Terms.ToDictionary(t => t.Id);
        foreach (var term in stored.Terms)
        {
            if (!freshTerms.TryGetValue(term.Id, out var freshTerm) || TermKey(term) != TermKey(freshTerm)
                || !CatalogFields.Term.Same(term, freshTerm) || term.Seats.Count != freshTerm.Seats.Count) return false;
            copies[term] = freshTerm;
            var freshSeats = freshTerm.Seats.ToDictionary(s => s.Id);
            foreach (var seat in term.Seats)
            {
                if (!freshSeats.TryGetValue(seat.Id, out var freshSeat) || seat.RegionId != freshSeat.RegionId || !CatalogFields.Seat.Same(seat, freshSeat)) return false;
                copies[seat] = freshSeat;
            }
        }
        return true;
    }

    /// <summary>
    /// The networks the plan adds roles, memberships or meetings without an id to hold the same ones in the database as
    /// in the catalog, so that what is added is not there already under another number.
    /// </summary>
    private async Task<bool> SameScopesAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var roleNetworks = Ids(Added(_roles), r => r.NetworkId);
        var membershipNetworks = Ids(Added(_memberships), m => m.NetworkId);
        var meetingNetworks = Ids(Added(_meetings).Where(m => !_meetingIdsFromFile.Contains(m.Id)), m => m.NetworkId);
        if (new[] { roleNetworks.Count, membershipNetworks.Count, meetingNetworks.Count }.Any(c => c > MaxRecheckedRows / 10)) return false;
        return (roleNetworks.Count == 0 || SameKeys(
                _stored.Roles.Where(r => roleNetworks.Contains(r.NetworkId)), await db.RoleAssignments.AsNoTracking().Where(r => roleNetworks.Contains(r.NetworkId)).ToListAsync(cancellationToken),
                r => $"{r.Id}:{RoleKey(r)}"))
            && (membershipNetworks.Count == 0 || SameKeys(
                _stored.Memberships.Where(m => membershipNetworks.Contains(m.NetworkId)), await db.NetworkMemberships.AsNoTracking().Where(m => membershipNetworks.Contains(m.NetworkId)).ToListAsync(cancellationToken),
                m => $"{m.Id}:{m.NetworkId}/{m.PersonId}"))
            && (meetingNetworks.Count == 0 || SameKeys(
                _stored.Meetings.Where(m => meetingNetworks.Contains(m.NetworkId)), await db.Meetings.AsNoTracking().Where(m => meetingNetworks.Contains(m.NetworkId)).ToListAsync(cancellationToken),
                m => $"{m.Id}:{m.NetworkId}/{m.Kind}/{Utc(m.StartsAt)}"));
    }

    /// <summary>Nothing in the database refers to a removed element but what the plan removes with it.</summary>
    private async Task<bool> NothingElseReferredAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var municipalities = Ids(Removed(_municipalities), m => m.Id);
        var people = Ids(Removed(_people), p => p.Id);
        var networks = Ids(Removed(_networks), n => n.Id);
        var bodies = Ids(Removed(_bodies), b => b.Id);
        if (municipalities.Count + people.Count + networks.Count + bodies.Count == 0) return true;
        if (TooMany(municipalities.Count, people.Count, networks.Count, bodies.Count)) return false;
        var removedPeople = Removed(_people).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var removedBodies = Removed(_bodies).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var removedRoles = Removed(_roles).Select(r => r.Id).ToHashSet();
        var removedMemberships = Removed(_memberships).Select(m => m.Id).ToHashSet();
        var removedSeats = Removed(_seats).Select(s => s.Id).ToHashSet();
        var removedMeetings = Removed(_meetings).Select(m => m.Id).ToHashSet();
        var removedDocuments = Removed(_documents).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (municipalities.Count == 0 || removedPeople.IsSupersetOf(await db.People
                .Where(p => p.MunicipalityId != null && municipalities.Contains(p.MunicipalityId)).Select(p => p.Id).ToListAsync(cancellationToken)))
            && (people.Count == 0 || (removedRoles.IsSupersetOf(await db.RoleAssignments.Where(r => people.Contains(r.PersonId)).Select(r => r.Id).ToListAsync(cancellationToken))
                && removedMemberships.IsSupersetOf(await db.NetworkMemberships.Where(m => people.Contains(m.PersonId)).Select(m => m.Id).ToListAsync(cancellationToken))
                && removedSeats.IsSupersetOf(await db.Seats.Where(s => (s.MemberId != null && people.Contains(s.MemberId)) || (s.DeputyId != null && people.Contains(s.DeputyId)))
                    .Select(s => s.Id).ToListAsync(cancellationToken))))
            && (networks.Count == 0 || (removedBodies.IsSupersetOf(await db.Bodies.Where(b => networks.Contains(b.NetworkId)).Select(b => b.Id).ToListAsync(cancellationToken))
                && removedRoles.IsSupersetOf(await db.RoleAssignments.Where(r => networks.Contains(r.NetworkId)).Select(r => r.Id).ToListAsync(cancellationToken))
                && removedMemberships.IsSupersetOf(await db.NetworkMemberships.Where(m => networks.Contains(m.NetworkId)).Select(m => m.Id).ToListAsync(cancellationToken))
                && removedMeetings.IsSupersetOf(await db.Meetings.Where(m => networks.Contains(m.NetworkId) || (m.JointWithNetworkId != null && networks.Contains(m.JointWithNetworkId)))
                    .Select(m => m.Id).ToListAsync(cancellationToken))
                && removedDocuments.IsSupersetOf(await db.PriorityDocuments.Where(d => d.NetworkId != null && networks.Contains(d.NetworkId)).Select(d => d.Id).ToListAsync(cancellationToken))))
            && (bodies.Count == 0 || (removedMeetings.IsSupersetOf(await db.Meetings.Where(m => m.BodyId != null && bodies.Contains(m.BodyId)).Select(m => m.Id).ToListAsync(cancellationToken))
                && removedRoles.IsSupersetOf(await db.RoleAssignments.Where(r => r.BodyId != null && bodies.Contains(r.BodyId)).Select(r => r.Id).ToListAsync(cancellationToken))));
    }

    private static IEnumerable<T> Touched<T>(List<Op<T>> ops) where T : class =>
        ops.Where(o => o.Action is PlannedAction.Change or PlannedAction.Remove).Select(o => o.Stored!);

    private static List<TKey> Ids<T, TKey>(IEnumerable<T> items, Func<T, TKey> id) => [.. items.Select(id).Distinct()];

    /// <summary>Takes the fresh copy of each row changed or removed in place of the catalog's; false when one is missing or differs.</summary>
    private static bool Fresh<T, TKey>(List<Op<T>> ops, List<T> rows, Func<T, TKey> id, Func<T, T, bool> same) where T : class where TKey : notnull
    {
        var fresh = rows.ToDictionary(id);
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Action is not (PlannedAction.Change or PlannedAction.Remove)) continue;
            if (!fresh.TryGetValue(id(ops[i].Stored!), out var row) || !same(ops[i].Stored!, row)) return false;
            ops[i] = ops[i] with { Stored = row };
        }
        return true;
    }

    private static bool Swap<T>(List<Op<T>> ops, Dictionary<object, object> copies) where T : class
    {
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Action is not (PlannedAction.Change or PlannedAction.Remove)) continue;
            if (!copies.TryGetValue(ops[i].Stored!, out var copy)) return false;
            ops[i] = ops[i] with { Stored = (T)copy };
        }
        return true;
    }

    /// <summary>
    /// A removed seat has no incoming copy, so the plan's labels find its term through the stored seat: the fresh copy
    /// that takes its place must be found there too, under its term's fresh copy.
    /// </summary>
    private void KeepSeatParents(Dictionary<object, object> copies)
    {
        foreach (var op in _seats)
        {
            if (op.Stored is not { } seat || !copies.TryGetValue(seat, out var copy) || !_seatParents.TryGetValue(seat, out var parent)) continue;
            _seatParents[(Seat)copy] = (copies.TryGetValue(parent.Term, out var term) ? (Term)term : parent.Term, parent.Key);
        }
    }

    /// <summary>A stored term that gets a new seat is the fresh copy too.</summary>
    private bool SwapSeatTerms(Dictionary<object, object> copies)
    {
        foreach (var seat in Added(_seats).ToList())
        {
            var term = _seatTerms[seat];
            if (_terms.Any(o => o.Action == PlannedAction.Add && ReferenceEquals(o.Incoming, term))) continue;
            if (!copies.TryGetValue(term, out var copy)) return false;
            _seatTerms[seat] = (Term)copy;
        }
        return true;
    }

    private static bool SameKeys<T>(IEnumerable<T> stored, IEnumerable<T> fresh, Func<T, string> key) =>
        stored.Select(key).ToHashSet(StringComparer.Ordinal).SetEquals(fresh.Select(key));
}
