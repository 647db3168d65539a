using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Import;

/// <summary>
/// The differences between the stored catalog and a data file, element by element, matched by stable ids (and,
/// for elements without one, by what identifies them: a term by its body and first day, a seat by its region, a
/// role by person, role and start, a meeting without an id by network, kind and start). The file is the truth,
/// except that what the file leaves out stays when the bot depends on it: Team bindings, people known to Teams,
/// roster links, answered meetings, and whatever those refer to. Applying changes the tracked stored entities.
/// </summary>
internal sealed class CatalogDiff
{
    private readonly CatalogContent stored;
    private readonly CatalogContent incoming;
    private readonly IReadOnlySet<int> meetingIdsFromFile;
    private readonly Labels labels;
    private readonly List<Op<Region>> regions;
    private readonly List<Op<Municipality>> municipalities;
    private readonly List<Op<Person>> people;
    private readonly List<Op<Network>> networks;
    private readonly List<Op<Body>> bodies;
    private readonly List<Op<Term>> terms = [];
    private readonly List<Op<Seat>> seats = [];
    private readonly List<Op<RoleAssignment>> roles;
    private readonly List<Op<NetworkMembership>> memberships;
    private readonly List<Op<Meeting>> meetings;
    private readonly List<Op<PriorityDocument>> documents;
    // Where an incoming seat goes: the stored term it matched, or the incoming term that is added.
    private readonly Dictionary<Seat, Term> seatTerms = new(ReferenceEqualityComparer.Instance);
    // The term each seat, stored or incoming, belongs to, and the key of that term.
    private readonly Dictionary<Seat, (Term Term, string Key)> seatParents = new(ReferenceEqualityComparer.Instance);

    private CatalogDiff(CatalogContent stored, CatalogContent incoming, IReadOnlySet<int> meetingIdsFromFile, IReadOnlySet<int> answeredMeetings)
    {
        this.stored = stored;
        this.incoming = incoming;
        this.meetingIdsFromFile = meetingIdsFromFile;
        labels = new Labels(stored, incoming, seatParents);
        regions = Compare(stored.Regions, incoming.Regions, r => r.Id, CatalogFields.Region);
        municipalities = Compare(stored.Municipalities, incoming.Municipalities, m => m.Id, CatalogFields.Municipality);
        people = Compare(stored.People, incoming.People, p => p.Id, CatalogFields.Person);
        networks = Compare(stored.Networks, incoming.Networks, n => n.Id, CatalogFields.Network);
        bodies = Compare(stored.Bodies, incoming.Bodies, b => b.Id, CatalogFields.Body);
        CompareTerms();
        roles = Compare(stored.Roles, incoming.Roles, RoleKey, CatalogFields.Role);
        memberships = Compare(stored.Memberships, incoming.Memberships, m => $"{m.NetworkId}/{m.PersonId}", CatalogFields.Membership);
        meetings = CompareMeetings();
        documents = Compare(stored.PriorityDocuments, incoming.PriorityDocuments, d => d.Id, CatalogFields.PriorityDocument);
        Protect(answeredMeetings);
    }

    public static CatalogDiff Compute(CatalogContent stored, DataLoadResult file, IReadOnlySet<int> answeredMeetings) =>
        new(stored, file.Content!, file.MeetingIdsFromFile, answeredMeetings);

    public ImportPlan Plan() => new([
        .. Planned(DataKind.Region, regions, r => r.Name.Fi, _ => null),
        .. Planned(DataKind.Municipality, municipalities, m => m.NameFi, _ => null),
        .. Planned(DataKind.Person, people, p => p.Name, _ => null),
        .. Planned(DataKind.Network, networks, n => n.Name.Fi, n => n.Id),
        .. Planned(DataKind.Body, bodies, labels.Body, b => b.NetworkId),
        .. Planned(DataKind.Term, terms, labels.Term, t => labels.NetworkOfBody(t.BodyId)),
        .. Planned(DataKind.Seat, seats, labels.Seat, s => labels.NetworkOfBody(seatParents[s].Term.BodyId)),
        .. Planned(DataKind.Role, roles, labels.Role, r => r.NetworkId),
        .. Planned(DataKind.Membership, memberships, labels.Membership, m => m.NetworkId),
        .. Planned(DataKind.Meeting, meetings, labels.Meeting, m => m.NetworkId),
        .. Planned(DataKind.PriorityDocument, documents, d => d.Title.Fi, d => d.NetworkId),
    ]);

    /// <summary>
    /// Changes the tracked stored entities and adds and removes through <paramref name="db"/>. Returns the added
    /// meetings that have no id yet: the caller adds them once the database has taken the file's meeting ids.
    /// </summary>
    public IReadOnlyList<Meeting> ApplyTo(VerkostotDbContext db)
    {
        ApplyChanges(db);
        var numbered = AddNew(db);
        RemoveGone(db);
        return numbered;
    }

    private void ApplyChanges(VerkostotDbContext db)
    {
        Copy(regions, CatalogFields.Region);
        Copy(municipalities, CatalogFields.Municipality);
        Copy(people, CatalogFields.Person);
        Copy(networks, CatalogFields.Network);
        Copy(bodies, CatalogFields.Body);
        Copy(terms, CatalogFields.Term);
        Copy(seats, CatalogFields.Seat);
        Copy(roles, CatalogFields.Role);
        Copy(memberships, CatalogFields.Membership);
        Copy(meetings, CatalogFields.Meeting);
        Copy(documents, CatalogFields.PriorityDocument);
        foreach (var op in documents.Where(o => o.Action == PlannedAction.Change && o.Fields.Contains(CatalogFields.Items)))
        {
            db.PriorityItems.RemoveRange(op.Stored!.Items);
            op.Stored.Items = [.. op.Incoming!.Items.Select(NewItem)];
        }
        db.ChangeTracker.DetectChanges();
    }

    /// <summary>Adds what is new; returns the meetings that wait for an id (see <see cref="ApplyTo"/>).</summary>
    private List<Meeting> AddNew(VerkostotDbContext db)
    {
        db.Regions.AddRange(Added(regions));
        db.Municipalities.AddRange(Added(municipalities));
        db.People.AddRange(Added(people));
        db.Networks.AddRange(Added(networks));
        foreach (var body in Added(bodies))
        {
            body.Terms = [];
            db.Bodies.Add(body);
        }
        foreach (var term in Added(terms))
        {
            term.Id = 0;
            term.Seats = [];
            db.Terms.Add(term);
        }
        foreach (var seat in Added(seats))
        {
            seat.Id = seat.TermId = 0;
            seatTerms[seat].Seats.Add(seat);
        }
        foreach (var role in Added(roles)) role.Id = 0;
        db.RoleAssignments.AddRange(Added(roles));
        foreach (var membership in Added(memberships)) membership.Id = 0;
        db.NetworkMemberships.AddRange(Added(memberships));
        foreach (var document in Added(documents)) document.Items = [.. document.Items.Select(NewItem)];
        db.PriorityDocuments.AddRange(Added(documents));
        var numbered = Added(meetings).Where(m => !meetingIdsFromFile.Contains(m.Id)).ToList();
        db.Meetings.AddRange(Added(meetings).Except(numbered));
        foreach (var meeting in numbered) meeting.Id = 0;
        db.ChangeTracker.DetectChanges();
        return numbered;
    }

    private void RemoveGone(VerkostotDbContext db)
    {
        // Dependents before what they depend on; the database cascades terms and seats of removed bodies.
        db.Meetings.RemoveRange(Removed(meetings));
        db.PriorityDocuments.RemoveRange(Removed(documents));
        db.NetworkMemberships.RemoveRange(Removed(memberships));
        db.RoleAssignments.RemoveRange(Removed(roles));
        db.Seats.RemoveRange(Removed(seats));
        db.Terms.RemoveRange(Removed(terms));
        db.Bodies.RemoveRange(Removed(bodies));
        db.Networks.RemoveRange(Removed(networks));
        db.People.RemoveRange(Removed(people));
        db.Municipalities.RemoveRange(Removed(municipalities));
        db.Regions.RemoveRange(Removed(regions));
    }

    public bool AddsMeetingsWithIds => Added(meetings).Any(m => meetingIdsFromFile.Contains(m.Id));

    private void CompareTerms()
    {
        var storedTerms = stored.Bodies.SelectMany(b => b.Terms).ToList();
        var incomingTerms = incoming.Bodies.SelectMany(b => b.Terms).ToList();
        foreach (var op in Compare(storedTerms, incomingTerms, TermKey, CatalogFields.Term))
        {
            terms.Add(op);
            var storedSeats = op.Stored?.Seats ?? [];
            var incomingSeats = op.Incoming?.Seats ?? [];
            var target = op.Action == PlannedAction.Add ? op.Incoming : op.Stored;
            foreach (var seat in incomingSeats) seatTerms[seat] = target!;
            foreach (var seat in storedSeats) seatParents[seat] = (op.Stored!, op.Key);
            foreach (var seat in incomingSeats) seatParents[seat] = (op.Incoming!, op.Key);
            seats.AddRange(Compare(storedSeats, incomingSeats, s => $"{op.Key}/{s.RegionId}", CatalogFields.Seat));
        }
    }

    private List<Op<Meeting>> CompareMeetings()
    {
        // An exported file gives every meeting's id; a written one may leave it out, and then network, kind and start tell.
        var storedById = stored.Meetings.ToDictionary(m => m.Id);
        var byId = incoming.Meetings.Where(m => meetingIdsFromFile.Contains(m.Id)).ToList();
        var ops = new List<Op<Meeting>>();
        foreach (var meeting in byId)
        {
            var match = storedById.Remove(meeting.Id, out var s) ? s : null;
            ops.Add(Matched(match, meeting, meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CatalogFields.Meeting));
        }
        var rest = incoming.Meetings.Where(m => !meetingIdsFromFile.Contains(m.Id));
        foreach (var op in Compare(storedById.Values.OrderBy(m => m.Id), rest, m => $"{m.NetworkId}/{m.Kind}/{Utc(m.StartsAt)}", CatalogFields.Meeting))
        {
            ops.Add(op.Stored is { } s2 && op.Action == PlannedAction.Remove ? op with { Key = s2.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } : op);
        }
        return ops;
    }

    /// <summary>What the file leaves out but the bot depends on stays, and so does everything such an element refers to or holds.</summary>
    private void Protect(IReadOnlySet<int> answeredMeetings)
    {
        Keep(networks, n => n.TeamId is not null, KeepReason.BoundToTeam);
        Keep(people, p => !string.IsNullOrEmpty(p.EntraObjectId), KeepReason.KnownToTeams);
        Keep(memberships, m => m.InGroup, KeepReason.InTeam);
        Keep(meetings, m => answeredMeetings.Contains(m.Id), KeepReason.HasAnswers);
        for (var kept = true; kept;)
        {
            var networkIds = KeptIds(networks, n => n.Id);
            var bodyIds = KeptIds(bodies, b => b.Id);
            var termKeys = KeptIds(terms, TermKey);
            kept = Keep(bodies, b => networkIds.Contains(b.NetworkId))
                | Keep(terms, t => bodyIds.Contains(t.BodyId))
                | Keep(seats, s => termKeys.Contains(seatParents[s].Key))
                | Keep(roles, r => networkIds.Contains(r.NetworkId))
                | Keep(memberships, m => networkIds.Contains(m.NetworkId))
                | Keep(meetings, m => networkIds.Contains(m.NetworkId))
                | Keep(documents, d => d.NetworkId is { } id && networkIds.Contains(id))
                | KeepReferred(networks, n => n.Id, Kept(bodies).Select(b => b.NetworkId)
                    .Concat(Kept(roles).Select(r => r.NetworkId))
                    .Concat(Kept(memberships).Select(m => m.NetworkId))
                    .Concat(Kept(meetings).SelectMany(m => new[] { m.NetworkId, m.JointWithNetworkId }))
                    .Concat(Kept(documents).Select(d => d.NetworkId)))
                | KeepReferred(bodies, b => b.Id, Kept(meetings).Select(m => m.BodyId).Concat(Kept(roles).Select(r => r.BodyId)))
                | KeepReferred(people, p => p.Id, Kept(roles).Select(r => r.PersonId)
                    .Concat(Kept(memberships).Select(m => m.PersonId))
                    .Concat(Kept(seats).SelectMany(s => new[] { s.MemberId, s.DeputyId })))
                | KeepReferred(municipalities, m => m.Id, Kept(people).Select(p => p.MunicipalityId))
                | KeepReferred(regions, r => r.Id, Kept(municipalities).Select(m => m.Maakunta).Concat(Kept(seats).SelectMany(s => s.Maakunnat)));
        }
    }

    private static bool Keep<T>(List<Op<T>> ops, Func<T, bool> must, KeepReason reason = KeepReason.InUse) where T : class
    {
        var kept = false;
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Action != PlannedAction.Remove || !must(ops[i].Stored!)) continue;
            ops[i] = ops[i] with { Action = PlannedAction.Keep, Reason = reason };
            kept = true;
        }
        return kept;
    }

    private static bool KeepReferred<T>(List<Op<T>> ops, Func<T, string> id, IEnumerable<string?> referred) where T : class
    {
        var ids = referred.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Keep(ops, e => ids.Contains(id(e)));
    }

    private static HashSet<string> KeptIds<T>(List<Op<T>> ops, Func<T, string> id) where T : class =>
        Kept(ops).Select(id).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<T> Kept<T>(List<Op<T>> ops) where T : class =>
        ops.Where(o => o.Action == PlannedAction.Keep).Select(o => o.Stored!);

    private static IEnumerable<T> Added<T>(List<Op<T>> ops) where T : class =>
        ops.Where(o => o.Action == PlannedAction.Add).Select(o => o.Incoming!);

    private static IEnumerable<T> Removed<T>(List<Op<T>> ops) where T : class =>
        ops.Where(o => o.Action == PlannedAction.Remove).Select(o => o.Stored!);

    private static void Copy<T>(List<Op<T>> ops, FieldList<T> fields) where T : class
    {
        foreach (var op in ops.Where(o => o.Action == PlannedAction.Change)) fields.Copy(op.Stored!, op.Incoming!);
    }

    private static IEnumerable<PlannedChange> Planned<T>(DataKind kind, List<Op<T>> ops, Func<T, string> label, Func<T, string?> network) where T : class =>
        ops.Where(o => o.Action is not null).Select(o => new PlannedChange(
            kind, o.Action!.Value, o.Key, label(o.Incoming ?? o.Stored!), o.Fields, o.Reason, network(o.Incoming ?? o.Stored!)));

    /// <summary>Pairs elements with equal keys; the second element with a key already seen is "key#2", and so on.</summary>
    private static List<Op<T>> Compare<T>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, string> key, FieldList<T> fields) where T : class
    {
        var unmatched = Numbered(storedItems, key).ToDictionary(p => p.Key, p => p.Item, StringComparer.Ordinal);
        var order = unmatched.Keys.ToList();
        var ops = new List<Op<T>>();
        foreach (var (k, item) in Numbered(incomingItems, key))
        {
            ops.Add(Matched(unmatched.Remove(k, out var match) ? match : null, item, k, fields));
        }
        ops.AddRange(order.Where(unmatched.ContainsKey).Select(k => new Op<T>(PlannedAction.Remove, k, unmatched[k], null, [])));
        return ops;
    }

    private static Op<T> Matched<T>(T? storedItem, T incomingItem, string key, FieldList<T> fields) where T : class
    {
        if (storedItem is null) return new Op<T>(PlannedAction.Add, key, null, incomingItem, []);
        var differences = fields.Differences(storedItem, incomingItem);
        return new Op<T>(differences.Count > 0 ? PlannedAction.Change : null, key, storedItem, incomingItem, differences);
    }

    private static IEnumerable<(string Key, T Item)> Numbered<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            var n = seen[k] = seen.GetValueOrDefault(k) + 1;
            yield return (n == 1 ? k : $"{k}#{n}", item);
        }
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string TermKey(Term t) => $"{t.BodyId}/{t.Start:yyyy-MM-dd}";

    private static string RoleKey(RoleAssignment r) => $"{r.NetworkId}/{r.BodyId ?? "-"}/{r.PersonId}/{r.Role}/{r.From:yyyy-MM-dd}";

    private static PriorityItem NewItem(PriorityItem item) => new() { Category = item.Category, Heading = item.Heading, Points = [.. item.Points] };

    /// <summary>One element's fate; <see cref="Action"/> is null when the file has it unchanged.</summary>
    private sealed record Op<T>(PlannedAction? Action, string Key, T? Stored, T? Incoming, IReadOnlyList<string> Fields, KeepReason? Reason = null)
        where T : class;

    /// <summary>How the plan names elements for people: by the names in the file, else the stored ones.</summary>
    private sealed class Labels(CatalogContent stored, CatalogContent incoming, Dictionary<Seat, (Term Term, string Key)> seatParents)
    {
        private readonly Dictionary<string, string> personNames = Names(stored.People, incoming.People, p => p.Id, p => p.Name);
        private readonly Dictionary<string, string> networkNames = Names(stored.Networks, incoming.Networks, n => n.Id, n => n.Name.Fi);
        private readonly Dictionary<string, string> bodyNames = Names(stored.Bodies, incoming.Bodies, b => b.Id, b => b.Name.Fi);
        private readonly Dictionary<string, string> bodyNetworks = Names(stored.Bodies, incoming.Bodies, b => b.Id, b => b.NetworkId);

        public string? NetworkOfBody(string bodyId) => bodyNetworks.GetValueOrDefault(bodyId);

        public string Body(Body b) => $"{b.Name.Fi} · {Network(b.NetworkId)}";

        public string Term(Term t) => $"{Name(bodyNames, t.BodyId)} {Date(t.Start)}–{Date(t.End)}";

        public string Seat(Seat s) => $"{Term(seatParents[s].Term)} · {s.RegionName.Fi}";

        public string Role(RoleAssignment r) =>
            $"{Name(personNames, r.PersonId)} · {r.Role} · {(r.BodyId is null ? Network(r.NetworkId) : Name(bodyNames, r.BodyId))}";

        public string Membership(NetworkMembership m) => $"{Name(personNames, m.PersonId)} · {Network(m.NetworkId)}";

        public string Meeting(Meeting m)
        {
            var local = HelsinkiTime.ToLocal(m.StartsAt);
            return $"{Network(m.NetworkId)} · {m.Kind} · {local.Day}.{local.Month}.{local.Year} {local.Hour}.{local.Minute:00}";
        }

        private string Network(string id) => Name(networkNames, id);

        private static string Name(Dictionary<string, string> names, string id) => names.GetValueOrDefault(id, id);

        private static string Date(DateOnly day) => $"{day.Day}.{day.Month}.{day.Year}";

        private static Dictionary<string, string> Names<T>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, string> id, Func<T, string> name)
        {
            var names = storedItems.ToDictionary(id, name, StringComparer.Ordinal);
            foreach (var item in incomingItems) names[id(item)] = name(item);
            return names;
        }
    }
}
