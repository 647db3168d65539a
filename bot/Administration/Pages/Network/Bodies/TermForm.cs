using System.Globalization;
using Verkostot.Core.Administration;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.Bodies;

/// <summary>
/// The fields of the term form: dates, the source that names the members, a row per regional seat (the region is
/// carried in hidden fields; member and deputy are chosen) and a row per role of the term.
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
    }

    public sealed class OfficerRow
    {
        public Role Role { get; set; }
        public string? PersonId { get; set; }
    }

    /// <summary>The form filled from a term (or a draft): the officers it has, and a blank row for each role it lacks.</summary>
    public static TermForm From(TermInput term) => new()
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
            [.. Seats.Select(s => new SeatInput(
                Blank(s.RegionId), s.RegionFi is null ? null : new LocalizedText(s.RegionFi, Blank(s.RegionSv), Blank(s.RegionEn)),
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
            var region = language.Pick(Seats[index].RegionFi ?? "", Seats[index].RegionSv ?? Seats[index].RegionFi ?? "", Seats[index].RegionEn ?? Seats[index].RegionFi ?? "");
            return field.EndsWith("deputyId", StringComparison.Ordinal)
                ? language.Pick($"{region}: varajäsen", $"{region}: suppleant", $"{region}: deputy")
                : language.Pick($"{region}: jäsen", $"{region}: ledamot", $"{region}: member");
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
