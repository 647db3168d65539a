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
/// roster links, answered meetings, and whatever those refer to. Applying changes the stored entities, read untracked
/// for it: each is tracked from the moment it changes, so saving looks at the changed rows only.
/// </summary>
internal sealed partial class CatalogDiff
{
    private readonly CatalogContent _stored;
    private readonly CatalogContent _incoming;
    private readonly IReadOnlySet<int> _meetingIdsFromFile;
    private readonly Labels _labels;
    private readonly List<Op<Region>> _regions;
    private readonly List<Op<Municipality>> _municipalities;
    private readonly List<Op<Person>> _people;
    private readonly List<Op<Network>> _networks;
    private readonly List<Op<Body>> _bodies;
    private readonly List<Op<Term>> _terms = [];
    private readonly List<Op<Seat>> _seats = [];
    private readonly List<Op<RoleAssignment>> _roles;
    private readonly List<Op<NetworkMembership>> _memberships;
    private readonly List<Op<Meeting>> _meetings;
    private readonly List<Op<PriorityDocument>> _documents;
    // Where an incoming seat the plan has goes: the stored term it matched, or the incoming term that is added.
    private readonly Dictionary<Seat, Term> _seatTerms = new(ReferenceEqualityComparer.Instance);
    // The term each seat the plan has, stored or incoming, belongs to, and the key of that term. Only those: every seat of
    // 200 networks in these two was a fifth of what comparing terms allocated, for a plan that has none of them.
    private readonly Dictionary<Seat, (Term Term, string Key)> _seatParents = new(ReferenceEqualityComparer.Instance);

    private CatalogDiff(CatalogContent stored, CatalogContent incoming, IReadOnlySet<int> meetingIdsFromFile, IReadOnlySet<int> answeredMeetings)
    {
        _stored = stored;
        _incoming = incoming;
        _meetingIdsFromFile = meetingIdsFromFile;
        _labels = new Labels(stored, incoming, _seatParents);
        _regions = Compare(stored.Regions, incoming.Regions, r => r.Id, CatalogFields.Region);
        _municipalities = Compare(stored.Municipalities, incoming.Municipalities, m => m.Id, CatalogFields.Municipality);
        _people = Compare(stored.People, incoming.People, p => p.Id, CatalogFields.Person);
        _networks = Compare(stored.Networks, incoming.Networks, n => n.Id, CatalogFields.Network);
        _bodies = Compare(stored.Bodies, incoming.Bodies, b => b.Id, CatalogFields.Body);
        CompareTerms();
        _roles = Compare(stored.Roles, incoming.Roles, RoleKey, CatalogFields.Role);
        _memberships = Compare(stored.Memberships, incoming.Memberships, m => (m.NetworkId, m.PersonId), k => $"{k.NetworkId}/{k.PersonId}", CatalogFields.Membership);
        _meetings = CompareMeetings();
        _documents = Compare(stored.PriorityDocuments, incoming.PriorityDocuments, d => d.Id, CatalogFields.PriorityDocument);
        Protect(answeredMeetings);
    }

    public static CatalogDiff Compute(CatalogContent stored, DataLoadResult file, IReadOnlySet<int> answeredMeetings) =>
        new(stored, file.Content!, file.MeetingIdsFromFile, answeredMeetings);

    public ImportPlan Plan() => new([
        .. Planned(DataKind.Region, _regions, r => r.Name.Fi, _ => null),
        .. Planned(DataKind.Municipality, _municipalities, m => m.NameFi, _ => null),
        .. Planned(DataKind.Person, _people, p => p.Name, _ => null),
        .. Planned(DataKind.Network, _networks, n => n.Name.Fi, n => n.Id),
        .. Planned(DataKind.Body, _bodies, _labels.Body, b => b.NetworkId),
        .. Planned(DataKind.Term, _terms, _labels.Term, t => _labels.NetworkOfBody(t.BodyId)),
        .. Planned(DataKind.Seat, _seats, _labels.Seat, s => _labels.NetworkOfBody(_seatParents[s].Term.BodyId)),
        .. Planned(DataKind.Role, _roles, _labels.Role, r => r.NetworkId),
        .. Planned(DataKind.Membership, _memberships, _labels.Membership, m => m.NetworkId),
        .. Planned(DataKind.Meeting, _meetings, _labels.Meeting, m => m.NetworkId),
        .. Planned(DataKind.PriorityDocument, _documents, d => d.Title.Fi, d => d.NetworkId),
    ]);

    /// <summary>
    /// Changes the stored entities (read untracked from <paramref name="db"/>, never the catalog's) and adds and removes
    /// through <paramref name="db"/>. Returns the added meetings that have no id yet: the caller adds them once the
    /// database has taken the file's meeting ids.
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
        Copy(db, _regions, CatalogFields.Region);
        Copy(db, _municipalities, CatalogFields.Municipality);
        Copy(db, _people, CatalogFields.Person);
        Copy(db, _networks, CatalogFields.Network);
        Copy(db, _bodies, CatalogFields.Body);
        Copy(db, _terms, CatalogFields.Term);
        Copy(db, _seats, CatalogFields.Seat);
        Copy(db, _roles, CatalogFields.Role);
        Copy(db, _memberships, CatalogFields.Membership);
        Copy(db, _meetings, CatalogFields.Meeting);
        Copy(db, _documents, CatalogFields.PriorityDocument);
        foreach (var op in _documents.Where(o => o.Action == PlannedAction.Change && o.Fields.Contains(CatalogFields.Items)))
        {
            db.PriorityItems.RemoveRange(op.Stored!.Items);
            op.Stored.Items = [.. op.Incoming!.Items.Select(NewItem)];
        }
        db.ChangeTracker.DetectChanges();
    }

    /// <summary>Adds what is new; returns the meetings that wait for an id (see <see cref="ApplyTo"/>).</summary>
    private List<Meeting> AddNew(VerkostotDbContext db)
    {
        db.Regions.AddRange(Added(_regions));
        db.Municipalities.AddRange(Added(_municipalities));
        db.People.AddRange(Added(_people));
        db.Networks.AddRange(Added(_networks));
        foreach (var body in Added(_bodies))
        {
            body.Terms = [];
            db.Bodies.Add(body);
        }
        foreach (var term in Added(_terms))
        {
            term.Id = 0;
            term.Seats = [];
            db.Terms.Add(term);
        }
        foreach (var seat in Added(_seats))
        {
            seat.Id = seat.TermId = 0;
            // A stored term is tracked first, so that the seat put in its list is seen as added.
            Track(db, _seatTerms[seat]).Seats.Add(seat);
        }
        foreach (var role in Added(_roles)) role.Id = 0;
        db.RoleAssignments.AddRange(Added(_roles));
        foreach (var membership in Added(_memberships)) membership.Id = 0;
        db.NetworkMemberships.AddRange(Added(_memberships));
        foreach (var document in Added(_documents)) document.Items = [.. document.Items.Select(NewItem)];
        db.PriorityDocuments.AddRange(Added(_documents));
        var numbered = Added(_meetings).Where(m => !_meetingIdsFromFile.Contains(m.Id)).ToList();
        db.Meetings.AddRange(Added(_meetings).Except(numbered));
        foreach (var meeting in numbered) meeting.Id = 0;
        db.ChangeTracker.DetectChanges();
        return numbered;
    }

    private void RemoveGone(VerkostotDbContext db)
    {
        // Dependents before what they depend on; the database cascades terms and seats of removed bodies.
        db.Meetings.RemoveRange(Removed(_meetings));
        db.PriorityDocuments.RemoveRange(Removed(_documents));
        db.NetworkMemberships.RemoveRange(Removed(_memberships));
        db.RoleAssignments.RemoveRange(Removed(_roles));
        db.Seats.RemoveRange(Removed(_seats));
        db.Terms.RemoveRange(Removed(_terms));
        db.Bodies.RemoveRange(Removed(_bodies));
        db.Networks.RemoveRange(Removed(_networks));
        db.People.RemoveRange(Removed(_people));
        db.Municipalities.RemoveRange(Removed(_municipalities));
        db.Regions.RemoveRange(Removed(_regions));
    }

    public bool AddsMeetingsWithIds => Added(_meetings).Any(m => _meetingIdsFromFile.Contains(m.Id));

    private void CompareTerms()
    {
        var storedTerms = _stored.Bodies.SelectMany(b => b.Terms).ToList();
        var incomingTerms = _incoming.Bodies.SelectMany(b => b.Terms).ToList();
        foreach (var op in Compare(storedTerms, incomingTerms, TermKey, k => k, CatalogFields.Term, withUnchanged: true))
        {
            _terms.Add(op);
            var storedSeats = op.Stored?.Seats ?? [];
            var incomingSeats = op.Incoming?.Seats ?? [];
            var target = op.Action == PlannedAction.Add ? op.Incoming : op.Stored;
            // Within a term a seat's key is its region: the key's text, with the term's, is written only for a seat the plan has.
            foreach (var seatOp in Compare(storedSeats, incomingSeats, s => s.RegionId, region => $"{op.Key}/{region}", CatalogFields.Seat))
            {
                if (seatOp.Stored is { } stored) _seatParents[stored] = (op.Stored!, op.Key);
                if (seatOp.Incoming is { } incoming)
                {
                    _seatParents[incoming] = (op.Incoming!, op.Key);
                    _seatTerms[incoming] = target!;
                }
                _seats.Add(seatOp);
            }
        }
    }

    private List<Op<Meeting>> CompareMeetings()
    {
        if (MeetingsInPlace() is { } inPlace) return inPlace;
        // An exported file gives every meeting's id; a written one may leave it out, and then network, kind and start tell.
        var storedById = _stored.Meetings.ToDictionary(m => m.Id);
        var byId = _incoming.Meetings.Where(m => _meetingIdsFromFile.Contains(m.Id)).ToList();
        var ops = new List<Op<Meeting>>();
        foreach (var meeting in byId)
        {
            var match = storedById.Remove(meeting.Id, out var s) ? s : null;
            if (Matched(match, meeting, CatalogFields.Meeting) is { } op) ops.Add(op);
        }
        var rest = _incoming.Meetings.Where(m => !_meetingIdsFromFile.Contains(m.Id));
        foreach (var op in Compare(storedById.Values.OrderBy(m => m.Id), rest, m => $"{m.NetworkId}/{m.Kind}/{Utc(m.StartsAt)}", CatalogFields.Meeting))
        {
            ops.Add(op.Stored is { } s2 && op.Action == PlannedAction.Remove ? op with { Key = s2.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } : op);
        }
        return ops;
    }

    /// <summary>
    /// The file gives every meeting's id and lists the meetings as the catalog does (an export, edited or not): each pairs
    /// with the stored meeting in its place, as by id, without a dictionary of every meeting. Null otherwise.
    /// </summary>
    private List<Op<Meeting>>? MeetingsInPlace()
    {
        var stored = _stored.Meetings;
        var incoming = _incoming.Meetings;
        if (stored.Count != incoming.Count) return null;
        for (var i = 0; i < incoming.Count; i++)
        {
            if (!ReferenceEquals(stored[i], incoming[i]) && (stored[i].Id != incoming[i].Id || !_meetingIdsFromFile.Contains(incoming[i].Id))) return null;
        }
        var ops = new List<Op<Meeting>>();
        for (var i = 0; i < incoming.Count; i++)
        {
            // A file loaded for a preview holds the catalog's own meeting where it has it unchanged (see DataFileConverter).
            if (!ReferenceEquals(stored[i], incoming[i]) && Matched(stored[i], incoming[i], CatalogFields.Meeting) is { } op) ops.Add(op);
        }
        return ops;
    }

    /// <summary>What the file leaves out but the bot depends on stays, and so does everything such an element refers to or holds.</summary>
    private void Protect(IReadOnlySet<int> answeredMeetings)
    {
        Keep(_networks, n => n.TeamId is not null, KeepReason.BoundToTeam);
        Keep(_people, p => !string.IsNullOrEmpty(p.EntraObjectId), KeepReason.KnownToTeams);
        Keep(_memberships, m => m.InGroup, KeepReason.InTeam);
        Keep(_meetings, m => answeredMeetings.Contains(m.Id), KeepReason.HasAnswers);
        for (var kept = true; kept;)
        {
            var networkIds = KeptIds(_networks, n => n.Id);
            var bodyIds = KeptIds(_bodies, b => b.Id);
            var termKeys = KeptIds(_terms, TermKey);
            kept = Keep(_bodies, b => networkIds.Contains(b.NetworkId))
                | Keep(_terms, t => bodyIds.Contains(t.BodyId))
                | Keep(_seats, s => termKeys.Contains(_seatParents[s].Key))
                | Keep(_roles, r => networkIds.Contains(r.NetworkId))
                | Keep(_memberships, m => networkIds.Contains(m.NetworkId))
                | Keep(_meetings, m => networkIds.Contains(m.NetworkId))
                | Keep(_documents, d => d.NetworkId is { } id && networkIds.Contains(id))
                | KeepReferred(_networks, n => n.Id, Kept(_bodies).Select(b => b.NetworkId)
                    .Concat(Kept(_roles).Select(r => r.NetworkId))
                    .Concat(Kept(_memberships).Select(m => m.NetworkId))
                    .Concat(Kept(_meetings).SelectMany(m => new[] { m.NetworkId, m.JointWithNetworkId }))
                    .Concat(Kept(_documents).Select(d => d.NetworkId)))
                | KeepReferred(_bodies, b => b.Id, Kept(_meetings).Select(m => m.BodyId).Concat(Kept(_roles).Select(r => r.BodyId)))
                | KeepReferred(_people, p => p.Id, Kept(_roles).Select(r => r.PersonId)
                    .Concat(Kept(_memberships).Select(m => m.PersonId))
                    .Concat(Kept(_seats).SelectMany(s => new[] { s.MemberId, s.DeputyId })))
                | KeepReferred(_municipalities, m => m.Id, Kept(_people).Select(p => p.MunicipalityId))
                | KeepReferred(_regions, r => r.Id, Kept(_municipalities).Select(m => m.Maakunta).Concat(Kept(_seats).SelectMany(s => s.Maakunnat)));
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

    private static void Copy<T>(VerkostotDbContext db, List<Op<T>> ops, FieldList<T> fields) where T : class
    {
        foreach (var op in ops.Where(o => o.Action == PlannedAction.Change)) fields.Copy(Track(db, op.Stored!), op.Incoming!);
    }

    /// <summary>Tracks a stored entity as unchanged (with what it holds), before it is changed; one already tracked stays as it is.</summary>
    private static T Track<T>(VerkostotDbContext db, T stored) where T : class
    {
        if (db.Entry(stored).State == Microsoft.EntityFrameworkCore.EntityState.Detached) db.Attach(stored);
        return stored;
    }

    private static IEnumerable<PlannedChange> Planned<T>(DataKind kind, List<Op<T>> ops, Func<T, string> label, Func<T, string?> network) where T : class =>
        ops.Where(o => o.Action is not null).Select(o => new PlannedChange(
            kind, o.Action!.Value, o.Key, label(o.Incoming ?? o.Stored!), o.Fields, o.Reason, network(o.Incoming ?? o.Stored!)));

    /// <summary>Pairs elements with equal keys; the second element with a key already seen is "key#2", and so on.</summary>
    private static List<Op<T>> Compare<T>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, string> key, FieldList<T> fields) where T : class =>
        Compare(storedItems, incomingItems, key, k => k, fields);

    /// <summary>
    /// Pairs elements with equal keys, written as text (<paramref name="text"/>) only for what the plan shows: an
    /// unchanged element of 10 000 needs no key string. Only what is added, changed or removed gets an <see cref="Op{T}"/>,
    /// unless <paramref name="withUnchanged"/> (terms, whose keys their seats take).
    /// </summary>
    private static List<Op<T>> Compare<T, TKey>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, TKey> key, Func<TKey, string> text, FieldList<T> fields, bool withUnchanged = false)
        where T : class where TKey : notnull
    {
        if (!withUnchanged && InPlace(storedItems, incomingItems, key, text, fields) is { } inPlace) return inPlace;
        var storedCount = storedItems.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var unmatched = new Dictionary<(TKey Key, int N), T>(storedCount);
        var order = new List<(TKey Key, int N)>(storedCount);
        foreach (var item in storedItems)
        {
            var k = (key(item), 1);
            while (unmatched.ContainsKey(k)) k.Item2++;
            unmatched.Add(k, item);
            order.Add(k);
        }
        var ops = new List<Op<T>>();
        var seen = new HashSet<(TKey Key, int N)>(incomingItems.TryGetNonEnumeratedCount(out var incomingCount) ? incomingCount : 0);
        foreach (var item in incomingItems)
        {
            var k = (key(item), 1);
            while (!seen.Add(k)) k.Item2++;
            var match = unmatched.Remove(k, out var stored) ? stored : null;
            var differences = match is null ? [] : fields.Differences(match, item);
            PlannedAction? action = match is null ? PlannedAction.Add : differences.Count > 0 ? PlannedAction.Change : null;
            if (action is null && !withUnchanged) continue;
            // A string key is its own text, which terms pass on to their seats whether changed or not.
            ops.Add(new Op<T>(action, action is null && typeof(TKey) != typeof(string) ? "" : Text(k, text), match, item, differences));
        }
        foreach (var k in order)
        {
            if (unmatched.TryGetValue(k, out var item)) ops.Add(new Op<T>(PlannedAction.Remove, Text(k, text), item, null, []));
        }
        return ops;
    }

    /// <summary>
    /// The file lists every element where the catalog has it, with the same key, and changes a few at most: what a preview
    /// of this catalog's own export, or of one with a few edits, finds, without a dictionary of every element. Pairing in
    /// place is the pairing by key then, "#2" and all: before each element both lists hold the same keys as often. Null
    /// when a key is not in place, or more than <see cref="MaxChangedInPlace"/> elements changed.
    /// </summary>
    private static List<Op<T>>? InPlace<T, TKey>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, TKey> key, Func<TKey, string> text, FieldList<T> fields)
        where T : class where TKey : notnull
    {
        if (storedItems is not IReadOnlyList<T> stored || incomingItems is not IReadOnlyList<T> incoming || stored.Count != incoming.Count) return null;
        var keys = EqualityComparer<TKey>.Default;
        List<Op<T>>? ops = null;
        for (var i = 0; i < stored.Count; i++)
        {
            // A file loaded for a preview holds the catalog's own entity where it has it unchanged (see DataFileConverter).
            if (ReferenceEquals(stored[i], incoming[i])) continue;
            var k = key(stored[i]);
            if (!keys.Equals(k, key(incoming[i]))) return null;
            var differences = fields.Differences(stored[i], incoming[i]);
            if (differences.Count == 0) continue;
            if ((ops ??= []).Count == MaxChangedInPlace) return null;
            ops.Add(new Op<T>(PlannedAction.Change, Text((k, Occurrence(stored, i, k, key)), text), stored[i], incoming[i], differences));
        }
        return ops ?? [];
    }

    /// <summary>
    /// A changed element's "#n" in place is counted over the elements before it, each time: for a few changes, cheaper
    /// than a dictionary of every element, and the reason <see cref="InPlace"/> takes a few only.
    /// </summary>
    private const int MaxChangedInPlace = 64;

    private static int Occurrence<T, TKey>(IReadOnlyList<T> items, int index, TKey k, Func<T, TKey> key)
    {
        var n = 1;
        for (var i = 0; i < index; i++)
        {
            if (EqualityComparer<TKey>.Default.Equals(key(items[i]), k)) n++;
        }
        return n;
    }

    private static string Text<TKey>((TKey Key, int N) key, Func<TKey, string> text) => key.N == 1 ? text(key.Key) : $"{text(key.Key)}#{key.N}";

    /// <summary>Null when the file has the meeting unchanged.</summary>
    private static Op<Meeting>? Matched(Meeting? storedItem, Meeting incomingItem, FieldList<Meeting> fields)
    {
        // The key's text is written only for a meeting the plan has.
        if (storedItem is null) return new Op<Meeting>(PlannedAction.Add, Key(incomingItem), null, incomingItem, []);
        var differences = fields.Differences(storedItem, incomingItem);
        return differences.Count > 0 ? new Op<Meeting>(PlannedAction.Change, Key(incomingItem), storedItem, incomingItem, differences) : null;

        static string Key(Meeting meeting) => meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string TermKey(Term t) => $"{t.BodyId}/{t.Start:yyyy-MM-dd}";

    private static string RoleKey(RoleAssignment r) => $"{r.NetworkId}/{r.BodyId ?? "-"}/{r.PersonId}/{r.Role}/{r.From:yyyy-MM-dd}";

    private static PriorityItem NewItem(PriorityItem item) => new() { Category = item.Category, Heading = item.Heading, Points = [.. item.Points] };

    /// <summary>One element's fate; <see cref="Action"/> is null when the file has it unchanged (kept for terms only, see <see cref="Compare{T, TKey}"/>).</summary>
    private sealed record Op<T>(PlannedAction? Action, string Key, T? Stored, T? Incoming, IReadOnlyList<string> Fields, KeepReason? Reason = null)
        where T : class;

    /// <summary>
    /// How the plan names elements for people: by the names in the file, else the stored ones. Each table is made when
    /// a change first needs it: a file that changes one network name needs no table of 10 000 people.
    /// </summary>
    private sealed class Labels(CatalogContent stored, CatalogContent incoming, Dictionary<Seat, (Term Term, string Key)> seatParents)
    {
        private readonly Lazy<Dictionary<string, string>> _personNames = new(() => Names(stored.People, incoming.People, p => p.Id, p => p.Name));
        private readonly Lazy<Dictionary<string, string>> _networkNames = new(() => Names(stored.Networks, incoming.Networks, n => n.Id, n => n.Name.Fi));
        private readonly Lazy<Dictionary<string, string>> _bodyNames = new(() => Names(stored.Bodies, incoming.Bodies, b => b.Id, b => b.Name.Fi));
        private readonly Lazy<Dictionary<string, string>> _bodyNetworks = new(() => Names(stored.Bodies, incoming.Bodies, b => b.Id, b => b.NetworkId));

        public string? NetworkOfBody(string bodyId) => _bodyNetworks.Value.GetValueOrDefault(bodyId);

        public string Body(Body b) => $"{b.Name.Fi} · {Network(b.NetworkId)}";

        public string Term(Term t) => $"{Name(_bodyNames, t.BodyId)} {Date(t.Start)}–{Date(t.End)}";

        public string Seat(Seat s) => $"{Term(seatParents[s].Term)} · {s.RegionName.Fi}";

        public string Role(RoleAssignment r) =>
            $"{Name(_personNames, r.PersonId)} · {r.Role} · {(r.BodyId is null ? Network(r.NetworkId) : Name(_bodyNames, r.BodyId))}";

        public string Membership(NetworkMembership m) => $"{Name(_personNames, m.PersonId)} · {Network(m.NetworkId)}";

        public string Meeting(Meeting m)
        {
            var local = HelsinkiTime.ToLocal(m.StartsAt);
            return $"{Network(m.NetworkId)} · {m.Kind} · {local.Day}.{local.Month}.{local.Year} {local.Hour}.{local.Minute:00}";
        }

        private string Network(string id) => Name(_networkNames, id);

        private static string Name(Lazy<Dictionary<string, string>> names, string id) => names.Value.GetValueOrDefault(id, id);

        private static string Date(DateOnly day) => $"{day.Day}.{day.Month}.{day.Year}";

        private static Dictionary<string, string> Names<T>(IEnumerable<T> storedItems, IEnumerable<T> incomingItems, Func<T, string> id, Func<T, string> name)
        {
            var names = storedItems.ToDictionary(id, name, StringComparer.Ordinal);
            foreach (var item in incomingItems) names[id(item)] = name(item);
            return names;
        }
    }
}
