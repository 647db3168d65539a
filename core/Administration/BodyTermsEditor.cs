using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Administration;

/// <summary>
/// The terms of a body (presidium, advisory board …): "Uusi kausi" (<see cref="DraftNextTermAsync"/>, then
/// <see cref="AddTermAsync"/>) starts the next term from the latest one, keeping the old one as history; a term's
/// dates, seats and roles can be corrected; a mistaken term removed. The roles of a term (chair, vice chairs,
/// secretary) are stored as roles dated to the term, so questions and reminders follow the new term on its first day.
/// </summary>
public sealed class BodyTermsEditor(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog, TimeProvider time)
{
    private static readonly Role[] TermRoles = [Role.Chair, Role.FirstViceChair, Role.ViceChair, Role.Secretary];
    private static readonly Role[] OneHolder = [Role.Chair, Role.FirstViceChair];

    /// <summary>
    /// The form of the next term: from the day after the latest term ends, as long as the body's terms are (or as the
    /// latest was), with the same seats, members, deputies and roles, to be changed where needed. Null for an unknown
    /// body. A body without terms gets a term from today with no seats.
    /// </summary>
    public async Task<TermInput?> DraftNextTermAsync(string bodyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var body = await db.Bodies.AsNoTracking().Include(b => b.Terms).ThenInclude(t => t.Seats).SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken);
        if (body is null) return null;
        var latest = body.Terms.MaxBy(t => t.Start);
        var start = latest is null ? HelsinkiTime.Today(time) : latest.End.AddDays(1);
        var end = body.TermLengthYears is > 0 and var years
            ? start.AddYears(years).AddDays(-1)
            : latest is null ? start.AddYears(1).AddDays(-1) : start.AddDays(latest.End.DayNumber - latest.Start.DayNumber);
        if (latest is null) return new TermInput(start, end, null, [], []);
        var officers = await TermRolesAsync(db, body, latest, cancellationToken);
        return new TermInput(
            start,
            end,
            latest.SourceId,
            [.. latest.Seats.OrderBy(s => s.Id).Select(s => new SeatInput(s.RegionId, s.RegionName, s.Maakunnat, s.MemberId, s.DeputyId))],
            [.. officers.Select(r => new OfficerInput(r.Role, r.PersonId))]);
    }

    /// <summary>The form of an existing term: its dates, source, seats and the roles held for it. Null for an unknown term.</summary>
    public async Task<TermInput?> ReadTermAsync(int termId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var term = await db.Terms.AsNoTracking().Include(t => t.Seats).SingleOrDefaultAsync(t => t.Id == termId, cancellationToken);
        if (term is null) return null;
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == term.BodyId, cancellationToken);
        var officers = await TermRolesAsync(db, body, term, cancellationToken);
        return new TermInput(
            term.Start,
            term.End,
            term.SourceId,
            [.. term.Seats.OrderBy(s => s.Id).Select(s => new SeatInput(s.RegionId, s.RegionName, s.Maakunnat, s.MemberId, s.DeputyId))],
            [.. officers.Where(r => TermRoles.Contains(r.Role)).Select(r => new OfficerInput(r.Role, r.PersonId))]);
    }

    public async Task<EditResult<Term>> AddTermAsync(string bodyId, TermInput input, ChangeActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var body = await db.Bodies.Include(b => b.Terms).SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken);
        if (body is null) return EditResult<Term>.NotFound;
        var checks = new EditChecks();
        var checkedTerm = await CheckAsync(db, checks, body, input, null, cancellationToken);
        if (checks.Failed) return EditResult<Term>.Invalid(checks.Errors);

        var term = new Term { BodyId = body.Id, Start = checkedTerm.Start, End = checkedTerm.End, SourceId = checkedTerm.SourceId, Seats = checkedTerm.Seats };
        db.Terms.Add(term);
        db.RoleAssignments.AddRange(RolesOf(body, term, checkedTerm.Officers, HelsinkiTime.Today(time)));
        Log(db, actor, body, term, ChangeAction.Added, ["start", "end", .. Filled(term, checkedTerm.Officers)]);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Term>.Saved(term);
    }

    /// <summary>Corrects a term: its dates, source, seats (matched by region) and the roles dated to it.</summary>
    public async Task<EditResult<Term>> EditTermAsync(int termId, TermInput input, ChangeActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var term = await db.Terms.Include(t => t.Seats).SingleOrDefaultAsync(t => t.Id == termId, cancellationToken);
        if (term is null) return EditResult<Term>.NotFound;
        var body = await db.Bodies.Include(b => b.Terms).SingleAsync(b => b.Id == term.BodyId, cancellationToken);
        var checks = new EditChecks();
        var edited = await CheckAsync(db, checks, body, input, term.Id, cancellationToken);
        if (checks.Failed) return EditResult<Term>.Invalid(checks.Errors);

        var oldRoles = await TermRolesAsync(db, body, term, cancellationToken);
        var fields = new List<string>();
        if (term.Start != edited.Start) fields.Add("start");
        if (term.End != edited.End) fields.Add("end");
        if (term.SourceId != edited.SourceId) fields.Add("sourceId");
        if (!SameSeats(term.Seats, edited.Seats)) fields.Add("seats");
        if (!oldRoles.Select(r => (r.Role, r.PersonId)).Order().SequenceEqual(edited.Officers.Select(o => (o.Role, o.PersonId!)).Order())) fields.Add("officers");
        if (fields.Count == 0) return EditResult<Term>.Saved(term);

        (term.Start, term.End, term.SourceId) = (edited.Start, edited.End, edited.SourceId);
        ReplaceSeats(db, term, edited.Seats);
        db.RoleAssignments.RemoveRange(oldRoles);
        db.RoleAssignments.AddRange(RolesOf(body, term, edited.Officers, HelsinkiTime.Today(time)));
        Log(db, actor, body, term, ChangeAction.Changed, fields);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Term>.Saved(term);
    }

    /// <summary>Removes a term entered by mistake, with its seats and the roles dated to it.</summary>
    public async Task<EditResult<Term>> RemoveTermAsync(int termId, ChangeActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var term = await db.Terms.Include(t => t.Seats).SingleOrDefaultAsync(t => t.Id == termId, cancellationToken);
        if (term is null) return EditResult<Term>.NotFound;
        var body = await db.Bodies.SingleAsync(b => b.Id == term.BodyId, cancellationToken);
        db.RoleAssignments.RemoveRange(await TermRolesAsync(db, body, term, cancellationToken));
        db.Terms.Remove(term);
        Log(db, actor, body, term, ChangeAction.Removed, []);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Term>.Saved(term);
    }

    private async Task<CheckedTerm> CheckAsync(VerkostotDbContext db, EditChecks checks, Body body, TermInput input, int? termId, CancellationToken cancellationToken)
    {
        if (input.Start is null) checks.Add("start", EditErrorCode.Required);
        if (input.End is null) checks.Add("end", EditErrorCode.Required);
        var start = input.Start ?? default;
        var end = input.End ?? default;
        if (input.Start is not null && input.End is not null)
        {
            if (end < start) checks.Add("end", EditErrorCode.EndBeforeStart);
            else if (body.Terms.FirstOrDefault(t => t.Id != termId && t.Start <= end && start <= t.End) is { } other)
            {
                checks.Add("start", EditErrorCode.TermOverlaps, TermPeriod.Of(other));
            }
        }
        var sourceId = checks.Text("sourceId", input.SourceId, EditChecks.NameLength);
        if (sourceId is not null)
        {
            var network = await db.Networks.AsNoTracking().SingleAsync(n => n.Id == body.NetworkId, cancellationToken);
            if (network.Sources.All(s => s.Id != sourceId)) checks.Add("sourceId", EditErrorCode.UnknownSource);
        }
        var people = await KnownPeopleAsync(db, input, cancellationToken);
        var regions = (await db.Regions.AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seats = Seats(checks, input.Seats ?? [], people, regions);
        var officers = Officers(checks, input.Officers ?? [], people);
        return new CheckedTerm(start, end, sourceId, seats, officers);
    }

    private static List<Seat> Seats(EditChecks checks, IReadOnlyList<SeatInput> inputs, HashSet<string> people, HashSet<string> regions)
    {
        var seats = new List<Seat>();
        var regionIds = new HashSet<string>(StringComparer.Ordinal);
        var seated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"seats[{i}]";
            var name = checks.Text($"{field}.regionName", input.RegionName, EditChecks.NameLength);
            var member = checks.Text($"{field}.memberId", input.MemberId, EditChecks.NameLength);
            var deputy = checks.Text($"{field}.deputyId", input.DeputyId, EditChecks.NameLength);
            if (name is null && member is null && deputy is null && string.IsNullOrWhiteSpace(input.RegionId)) continue;
            if (name is null) checks.Add($"{field}.regionName.fi", EditErrorCode.Required);
            var regionId = checks.Slug($"{field}.regionId", input.RegionId) ?? PersonSlug.Slugify(name?.Fi ?? "");
            if (regionId.Length > 0 && !regionIds.Add(regionId)) checks.Add($"{field}.regionId", EditErrorCode.Duplicate);
            foreach (var (maakunta, j) in (input.Maakunnat ?? []).Select((m, j) => (m, j)))
            {
                if (regions.Count > 0 && !regions.Contains(maakunta)) checks.Add($"{field}.maakunnat[{j}]", EditErrorCode.UnknownRegion, maakunta);
            }
            Seated(checks, $"{field}.memberId", member, people, seated);
            if (deputy is not null && deputy == member) checks.Add($"{field}.deputyId", EditErrorCode.DeputyIsMember);
            else Seated(checks, $"{field}.deputyId", deputy, people, seated);
            seats.Add(new Seat
            {
                RegionId = regionId,
                RegionName = name ?? new LocalizedText(""),
                Maakunnat = [.. (input.Maakunnat ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim())],
                MemberId = member,
                DeputyId = deputy,
            });
        }
        return seats;
    }

    private static void Seated(EditChecks checks, string field, string? personId, HashSet<string> people, HashSet<string> seated)
    {
        if (personId is null) return;
        if (!people.Contains(personId)) checks.Add(field, EditErrorCode.UnknownPerson);
        else if (!seated.Add(personId)) checks.Add(field, EditErrorCode.PersonInTwoSeats);
    }

    private static List<OfficerInput> Officers(EditChecks checks, IReadOnlyList<OfficerInput> inputs, HashSet<string> people)
    {
        var officers = new List<OfficerInput>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"officers[{i}]";
            var personId = checks.Text($"{field}.personId", inputs[i].PersonId, EditChecks.NameLength);
            if (personId is null) continue;
            var role = inputs[i].Role;
            if (!TermRoles.Contains(role)) checks.Add($"{field}.role", EditErrorCode.NotATermRole);
            else if (OneHolder.Contains(role) && officers.Any(o => o.Role == role)) checks.Add($"{field}.role", EditErrorCode.RoleTaken);
            if (!people.Contains(personId)) checks.Add($"{field}.personId", EditErrorCode.UnknownPerson);
            officers.Add(new OfficerInput(role, personId));
        }
        return officers;
    }

    private static async Task<HashSet<string>> KnownPeopleAsync(VerkostotDbContext db, TermInput input, CancellationToken cancellationToken)
    {
        var named = (input.Seats ?? []).SelectMany(s => new[] { s.MemberId, s.DeputyId })
            .Concat((input.Officers ?? []).Select(o => o.PersonId))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct().ToList();
        return (await db.People.AsNoTracking().Where(p => named.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The roles of the body dated exactly to the term: what "the term's chair" is in the data.</summary>
    private static Task<List<RoleAssignment>> TermRolesAsync(VerkostotDbContext db, Body body, Term term, CancellationToken cancellationToken) =>
        db.RoleAssignments.Where(r => r.NetworkId == body.NetworkId && r.BodyId == body.Id && r.From == term.Start && r.Until == term.End)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The term's roles as stored: dated to the term, recorded today.</summary>
    private static IEnumerable<RoleAssignment> RolesOf(Body body, Term term, IEnumerable<OfficerInput> officers, DateOnly today) =>
        officers.Select(o => new RoleAssignment
        {
            NetworkId = body.NetworkId,
            BodyId = body.Id,
            PersonId = o.PersonId!,
            Role = o.Role,
            From = term.Start,
            Until = term.End,
            Attribution = new Attribution { AsOf = today },
        });

    private static bool SameSeats(IEnumerable<Seat> stored, IEnumerable<Seat> edited) =>
        stored.OrderBy(s => s.RegionId, StringComparer.Ordinal).Select(SeatKey).SequenceEqual(edited.OrderBy(s => s.RegionId, StringComparer.Ordinal).Select(SeatKey));

    private static (string, LocalizedText, string, string?, string?) SeatKey(Seat s) => (s.RegionId, s.RegionName, string.Join('|', s.Maakunnat), s.MemberId, s.DeputyId);

    /// <summary>Seats are matched by region: a kept region keeps its seat row, others are added or removed.</summary>
    private static void ReplaceSeats(VerkostotDbContext db, Term term, List<Seat> edited)
    {
        var byRegion = edited.ToDictionary(s => s.RegionId, StringComparer.Ordinal);
        foreach (var seat in term.Seats.ToList())
        {
            if (!byRegion.Remove(seat.RegionId, out var update))
            {
                db.Seats.Remove(seat);
                term.Seats.Remove(seat);
                continue;
            }
            (seat.RegionName, seat.Maakunnat, seat.MemberId, seat.DeputyId) = (update.RegionName, update.Maakunnat, update.MemberId, update.DeputyId);
        }
        foreach (var seat in edited.Where(s => byRegion.ContainsKey(s.RegionId))) term.Seats.Add(seat);
    }

    private static IEnumerable<string> Filled(Term term, List<OfficerInput> officers) =>
        new[] { term.SourceId is null ? null : "sourceId", term.Seats.Count > 0 ? "seats" : null, officers.Count > 0 ? "officers" : null }.OfType<string>();

    private void Log(VerkostotDbContext db, ChangeActor actor, Body body, Term term, ChangeAction action, IEnumerable<string> fields) =>
        changeLog.Record(db, actor, ChangedKind.Term, TermPeriod.Key(body.Id, term.Start), body.NetworkId, action, fields);

    private sealed record CheckedTerm(DateOnly Start, DateOnly End, string? SourceId, List<Seat> Seats, List<OfficerInput> Officers);
}
