using System.Globalization;
using Verkostot.Core.Administration;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network;

/// <summary>
/// The fields of the network facts form. Numbers and dates are read as text so that "612 000", "2019", "4/2019" and
/// "25.4.2019" all work: a date is as precise as it is written. What the form does not show (details, the facts'
/// source name) is kept as it is.
/// </summary>
public sealed class NetworkFactsForm
{
    /// <summary>Blank rows the form offers under the themes, channels and sources, for adding.</summary>
    public const int BlankRows = 2;

    public TextRow Name { get; set; } = new();
    public TextRow Description { get; set; } = new();
    public TextRow MembershipCriteria { get; set; } = new();
    public TextRow MembersRole { get; set; } = new();
    public TextRow MeetingCadence { get; set; } = new();
    public string? MunicipalityCount { get; set; }
    public string? Residents { get; set; }
    public bool ResidentsApproximate { get; set; }
    public string? Founded { get; set; }
    public string? AsOf { get; set; }
    public List<TextRow> Themes { get; set; } = [];
    public List<TextRow> Channels { get; set; } = [];
    public List<SourceRow> Sources { get; set; } = [];

    public sealed class TextRow
    {
        public string? Fi { get; set; }
        public string? Sv { get; set; }
        public string? En { get; set; }

        public static TextRow Of(LocalizedText? text) => new() { Fi = text?.Fi, Sv = text?.Sv, En = text?.En };

        public LocalizedText? ToText() =>
            string.IsNullOrWhiteSpace(Fi) && string.IsNullOrWhiteSpace(Sv) && string.IsNullOrWhiteSpace(En) ? null : new(Fi ?? "", Sv, En);
    }

    public sealed class SourceRow
    {
        public string? Id { get; set; }
        public string? NameFi { get; set; }
        public string? NameSv { get; set; }
        public string? NameEn { get; set; }
        public string? Url { get; set; }
        public string? Updated { get; set; }
    }

    public static NetworkFactsForm From(Core.Domain.Network network)
    {
        var fi = CultureInfo.GetCultureInfo("fi-FI");
        return new()
        {
            Name = TextRow.Of(network.Name),
            Description = TextRow.Of(network.Description),
            MembershipCriteria = TextRow.Of(network.MembershipCriteria),
            MembersRole = TextRow.Of(network.MembersRole),
            MeetingCadence = TextRow.Of(network.MeetingCadence),
            MunicipalityCount = network.MunicipalityCount?.ToString(CultureInfo.InvariantCulture),
            Residents = network.Residents?.ToString("N0", fi),
            ResidentsApproximate = network.ResidentsApproximate,
            Founded = Format(network.Founded, network.FoundedPrecision),
            AsOf = Format(network.Attribution.AsOf, network.Attribution.AsOfPrecision),
            Themes = [.. network.Themes.Select(TextRow.Of), .. Enumerable.Range(0, BlankRows).Select(_ => new TextRow())],
            Channels = [.. network.Channels.Select(TextRow.Of), .. Enumerable.Range(0, BlankRows).Select(_ => new TextRow())],
            Sources = [.. network.Sources.Select(s => new SourceRow
            {
                Id = s.Id, NameFi = s.Name.Fi, NameSv = s.Name.Sv, NameEn = s.Name.En, Url = s.Url, Updated = Format(s.Updated, DatePrecision.Day),
            }), .. Enumerable.Range(0, BlankRows).Select(_ => new SourceRow())],
        };
    }

    /// <summary>The facts for the editor, and the errors the form finds itself (a number or date it cannot read).</summary>
    public (NetworkFacts Facts, IReadOnlyList<EditError> Errors) ToFacts(Core.Domain.Network stored)
    {
        var errors = new List<EditError>();
        int? Number(string field, string? text)
        {
            var digits = text?.Replace(" ", "").Replace("\u00a0", "").Replace("\u202f", "");
            if (string.IsNullOrEmpty(digits)) return null;
            if (int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
            errors.Add(new EditError(field, EditErrorCode.NotANumber));
            return null;
        }
        (DateOnly?, DatePrecision) Date(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return (null, DatePrecision.Day);
            if (Parse(text.Trim()) is { } parsed) return parsed;
            errors.Add(new EditError(field, EditErrorCode.NotADate));
            return (null, DatePrecision.Day);
        }
        var (founded, foundedPrecision) = Date("founded", Founded);
        var (asOf, asOfPrecision) = Date("asOf", AsOf);
        var facts = NetworkFacts.Of(stored) with
        {
            Name = Name.ToText(),
            Description = Description.ToText(),
            MembershipCriteria = MembershipCriteria.ToText(),
            MembersRole = MembersRole.ToText(),
            MeetingCadence = MeetingCadence.ToText(),
            MunicipalityCount = Number("municipalityCount", MunicipalityCount),
            Residents = Number("residents", Residents),
            ResidentsApproximate = ResidentsApproximate,
            Founded = founded,
            FoundedPrecision = foundedPrecision,
            AsOf = asOf,
            AsOfPrecision = asOfPrecision,
            Themes = [.. Themes.Select(t => t.ToText())],
            Channels = [.. Channels.Select(t => t.ToText())],
            Sources = [.. Sources.Select((s, i) => new SourceInput(
                string.IsNullOrWhiteSpace(s.Id) ? null : s.Id,
                string.IsNullOrWhiteSpace(s.NameFi) && string.IsNullOrWhiteSpace(s.NameSv) && string.IsNullOrWhiteSpace(s.NameEn) ? null : new LocalizedText(s.NameFi ?? "", s.NameSv, s.NameEn),
                string.IsNullOrWhiteSpace(s.Url) ? null : s.Url.Trim(),
                Date($"sources[{i}].updated", s.Updated).Item1))],
        };
        return (facts, errors);
    }

    /// <summary>"2019" (year), "4/2019" or "4.2019" (month), "25.4.2019" or "2019-04-25" (day).</summary>
    private static (DateOnly?, DatePrecision)? Parse(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year > 1000) return (new DateOnly(year, 1, 1), DatePrecision.Year);
        foreach (var format in new[] { "M/yyyy", "M.yyyy" })
        {
            if (DateOnly.TryParseExact(text, format, invariant, DateTimeStyles.None, out var month)) return (month, DatePrecision.Month);
        }
        foreach (var format in new[] { "d.M.yyyy", "yyyy-MM-dd" })
        {
            if (DateOnly.TryParseExact(text, format, invariant, DateTimeStyles.None, out var day)) return (day, DatePrecision.Day);
        }
        return null;
    }

    private static string? Format(DateOnly? date, DatePrecision precision) => date is not { } d ? null : precision switch
    {
        DatePrecision.Year => d.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{d.Month}/{d.Year}",
        _ => $"{d.Day}.{d.Month}.{d.Year}",
    };

    /// <summary>The form's name for a field of <see cref="NetworkFacts"/>, for the error summary.</summary>
    public static string Label(string field, Language language)
    {
        var root = field.Split('.', '[')[0];
        var row = field.IndexOf('[') is var open and >= 0 ? " " + (int.Parse(field[(open + 1)..field.IndexOf(']')], CultureInfo.InvariantCulture) + 1) : "";
        var name = root switch
        {
            "name" => language.Pick("Nimi", "Namn", "Name"),
            "description" => language.Pick("Kuvaus", "Beskrivning", "Description"),
            "membershipCriteria" => language.Pick("Kuka kuuluu", "Vem hör till", "Who belongs"),
            "membersRole" => language.Pick("Jäsenet", "Medlemmar", "Members"),
            "meetingCadence" => language.Pick("Kokoontuu", "Sammanträder", "Meets"),
            "municipalityCount" => language.Pick("Kuntia", "Kommuner", "Municipalities"),
            "residents" => language.Pick("Asukkaita", "Invånare", "Residents"),
            "founded" => language.Pick("Perustettu", "Grundat", "Founded"),
            "asOf" => language.Pick("Tiedot ajalta", "Uppgifterna från", "Facts as of"),
            "themes" => language.Pick("Teema", "Tema", "Theme"),
            "channels" => language.Pick("Viestintäkanava", "Kommunikationskanal", "Channel"),
            "sources" => language.Pick("Lähde", "Källa", "Source"),
            _ => field,
        };
        return name + row;
    }
}
