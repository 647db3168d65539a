using System.Globalization;
using Verkostot.Core.Administration;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.Bodies;

/// <summary>
/// The fields of the term form: dates, the source that names the members, a row per seat (its name in Finnish and
/// Swedish, member and deputy; the region id, English name and maakunnat carried in hidden fields), blank rows for new
/// seats, and a row per role of the term.
/// </summary>
public sealed class TermForm
{
    public static readonly Role[] TermRoles = [Role.Chair, Role.FirstViceChair, Role.ViceChair, Role.Secretary];

    public string? Start { get; set; }
    public string? End { get; set; }
    public string? SourceId { get; set; }
    public List<SeatRow> Seats { get; set; } = [];
    public List<OfficerRow> Officers { get; set; } = [];

    public sealed class SeatRow
    {
        public string? RegionId { get; set; }
        public string? RegionFi { get; set; }
        public string? RegionSv { get; set; }
        public string? RegionEn { get; set; }
        /// <summary>The region's maakunnat, separated by ";".</summary>
        public string? Maakunnat { get; set; }
        public string? MemberId { get; set; }
        public string? DeputyId { get; set; }

        /// <summary>A row with no name and nobody in it: a blank row, or a seat the coordinator emptied to remove it.</summary>
        public bool IsEmpty => Blank(RegionFi) is null && Blank(RegionSv) is null && Blank(MemberId) is null && Blank(DeputyId) is null;

        /// <summary>The seat's name in a language, or "Paikka 3" for a row without one.</summary>
        public string Name(int index, Language language) => (Blank(RegionFi), Blank(RegionSv), Blank(RegionEn)) switch
        {
            (null, null, _) => language.Pick($"Paikka {index + 1}", $"Plats {index + 1}", $"Seat {index + 1}"),
            var (fi, sv, en) => language.Pick(fi ?? sv!, sv ?? fi!, en ?? fi ?? sv!),
        };
    }

    public sealed class OfficerRow
    {
        public Role Role { get; set; }
        public string? PersonId { get; set; }
    }

    /// <summary>Blank seat rows offered for adding seats, or as many as the body's member count still lacks.</summary>
    public const int BlankSeatRows = 2;

    /// <summary>
    /// The form filled from a term (or a draft): its seats and blank rows for new ones, the officers it has, and a
    /// blank row for each role it lacks.
    /// </summary>
    public static TermForm From(TermInput term, Body body)
    {
        var form = From(term);
        var blank = Math.Max(BlankSeatRows, (body.MemberCount ?? 0) - form.Seats.Count);
        form.Seats.AddRange(Enumerable.Range(0, blank).Select(_ => new SeatRow()));
        return form;
    }

    private static TermForm From(TermInput term) => new()
    {
        Start = term.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = term.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SourceId = term.SourceId,
        Seats = [.. (term.Seats ?? []).Select(s => new SeatRow
        {
            RegionId = s.RegionId, RegionFi = s.RegionName?.Fi, RegionSv = s.RegionName?.Sv, RegionEn = s.RegionName?.En,
            Maakunnat = string.Join(";", s.Maakunnat ?? []), MemberId = s.MemberId, DeputyId = s.DeputyId,
        })],
        Officers = [.. (term.Officers ?? []).Select(o => new OfficerRow { Role = o.Role, PersonId = o.PersonId }),
            .. TermRoles.Where(r => r == Role.ViceChair || !(term.Officers ?? []).Any(o => o.Role == r)).Select(r => new OfficerRow { Role = r })],
    };

    /// <summary>The input for the editor, with the date errors the form finds itself (a date that is no date).</summary>
    public (TermInput Input, IReadOnlyList<EditError> Errors) ToInput()
    {
        var errors = new List<EditError>();
        DateOnly? Date(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
            if (DateOnly.TryParseExact(text.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var finnish)) return finnish;
            errors.Add(new EditError(field, EditErrorCode.NotADate));
            return null;
        }
        var input = new TermInput(
            Date("start", Start),
            Date("end", End),
            string.IsNullOrWhiteSpace(SourceId) ? null : SourceId,
            [.. Seats.Select(s => s.IsEmpty ? new SeatInput(null, null, [], null, null) : new SeatInput(
                Blank(s.RegionId),
                Blank(s.RegionFi) is null && Blank(s.RegionSv) is null ? null : new LocalizedText(s.RegionFi?.Trim() ?? "", Blank(s.RegionSv), Blank(s.RegionEn)),
                (s.Maakunnat ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Blank(s.MemberId), Blank(s.DeputyId)))],
            [.. Officers.Where(o => !string.IsNullOrWhiteSpace(o.PersonId)).Select(o => new OfficerInput(o.Role, o.PersonId))]);
        return (input, errors);
    }

    /// <summary>The form's name for a field of <see cref="TermInput"/>, for the error summary.</summary>
    public string Label(string field, Language language)
    {
        var index = field.IndexOf('[') is var open and >= 0 && int.TryParse(field[(open + 1)..field.IndexOf(']')], out var i) ? i : -1;
        if (field.StartsWith("seats", StringComparison.Ordinal) && index >= 0 && index < Seats.Count)
        {
            var seat = Seats[index].Name(index, language);
            return field[(field.IndexOf(']') + 2)..] switch
            {
                "deputyId" => language.Pick($"{seat}: varajäsen", $"{seat}: ersättare", $"{seat}: deputy"),
                "memberId" => language.Pick($"{seat}: jäsen", $"{seat}: ledamot", $"{seat}: member"),
                _ => language.Pick($"{seat}: nimi", $"{seat}: namn", $"{seat}: name"),
            };
        }
        if (field.StartsWith("officers", StringComparison.Ordinal) && index >= 0)
        {
            return index < Officers.Count ? RoleName(Officers[index].Role, language) : language.Pick("Tehtävä", "Uppdrag", "Role");
        }
        return field switch
        {
            "start" => language.Pick("Alkaa", "Börjar", "Starts"),
            "end" => language.Pick("Päättyy", "Slutar", "Ends"),
            "sourceId" => language.Pick("Lähde", "Källa", "Source"),
            _ => language.Pick("Kausi", "Mandatperiod", "Term"),
        };
    }

    public static string RoleName(Role role, Language language) => role switch
    {
        Role.Chair => language.Pick("Puheenjohtaja", "Ordförande", "Chair"),
        Role.FirstViceChair => language.Pick("I varapuheenjohtaja", "Första vice ordförande", "First vice chair"),
        Role.ViceChair => language.Pick("Varapuheenjohtaja", "Vice ordförande", "Vice chair"),
        Role.Secretary => language.Pick("Sihteeri", "Sekreterare", "Secretary"),
        _ => role.ToString(),
    };

    /// <summary>
    /// The errors' field names as the form names its inputs: officer errors are numbered among the filled rows,
    /// the form's inputs among all rows.
    /// </summary>
    public IReadOnlyList<EditError> OnFormRows(IReadOnlyList<EditError> errors)
    {
        var filled = Officers.Select((o, i) => (o, i)).Where(x => !string.IsNullOrWhiteSpace(x.o.PersonId)).Select(x => x.i).ToList();
        return [.. errors.Select(e =>
        {
            if (!e.Field.StartsWith("officers[", StringComparison.Ordinal)) return e;
            var close = e.Field.IndexOf(']');
            return int.TryParse(e.Field["officers[".Length..close], out var i) && i < filled.Count
                ? e with { Field = $"officers[{filled[i]}]{e.Field[(close + 1)..]}" }
                : e;
        })];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
