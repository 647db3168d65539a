using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// The line every answer from the data ends with: where the facts come from and when they held ("Puheenjohtajisto
/// 2024 · lähde: Kuntaliitto"), and the warning when the newest term known has already ended.
/// </summary>
public static class Provenance
{
    private static readonly string[] FinnishMonthsAblative =
        ["tammikuulta", "helmikuulta", "maaliskuulta", "huhtikuulta", "toukokuulta", "kesäkuulta",
         "heinäkuulta", "elokuulta", "syyskuulta", "lokakuulta", "marraskuulta", "joulukuulta"];

    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"Tieto vuodelta 2024 · lähde: Kuntaliitto", "Lähde: Kuntaliitto"; null when nothing is recorded.</summary>
    public static string? Of(AnswerContext c, Attribution source)
    {
        var date = source.AsOf is { } asOf ? AsOf(c, asOf, source.AsOfPrecision) : null;
        return Line(date, Named(c, source));
    }

    /// <summary>"Puheenjohtajisto 2024 · lähde: Kuntaliitto": the term's own source among the network's, else the body's.</summary>
    public static string OfTerm(AnswerContext c, Body body, Term term)
    {
        var source = c.Catalog.NetworksById.GetValueOrDefault(body.NetworkId)?.Sources.FirstOrDefault(s => s.Id == term.SourceId);
        var named = source is null ? Named(c, body.Attribution) : Named(c, new Attribution { Name = source.Name });
        return Line($"{c.Name(body.Name)} {TermLabel(term)}", named)!;
    }

    /// <summary>"2024" for a calendar year, "2024–2027" for whole years, else "1.3.2024–28.2.2025".</summary>
    public static string TermLabel(Term term)
    {
        var wholeYears = term.Start is { Month: 1, Day: 1 } && term.End is { Month: 12, Day: 31 };
        return !wholeYears ? $"{HelsinkiDateFormat.NumericDate(term.Start)}–{HelsinkiDateFormat.NumericDate(term.End)}"
            : term.Start.Year == term.End.Year ? $"{term.Start.Year}"
            : $"{term.Start.Year}–{term.End.Year}";
    }

    /// <summary>"Tieto on kaudelta 2024 ja voi olla muuttunut." when the term shown is the newest known and has ended.</summary>
    public static string? EndedTerm(AnswerContext c, TermView view) => view.HasEnded && !view.AskedForPast
        ? EndedPeriod(c, TermLabel(view.Term))
        : null;

    public static string EndedPeriod(AnswerContext c, string period) => c.L(
        $"Tieto on kaudelta {period}, joka on päättynyt. Uudempaa tietoa ei ole, joten tilanne voi olla muuttunut.",
        $"Uppgiften gäller perioden {period}, som har gått ut. Nyare uppgifter finns inte, så läget kan ha ändrats.",
        $"This is from the {period} term, which has ended. There is nothing newer, so it may have changed.");

    /// <summary>The source of a role: its presidium term when it belongs to one ("Puheenjohtajisto 2024 · lähde: Kuntaliitto").</summary>
    public static string? OfRole(AnswerContext c, RoleAssignment role) =>
        TermOf(c, role) is { } term ? OfTerm(c, term.Body, term.Term) : Of(c, role.Attribution);

    /// <summary>The ended-period warning when every role shown has ended and the question did not ask about the past.</summary>
    public static string? EndedRoles(AnswerContext c, IReadOnlyList<RoleHolding> holdings) =>
        holdings.Count > 0 && holdings.All(h => h.HasEnded) && c.Parsed.Year is null
            ? EndedPeriod(c, PeriodOf(c, holdings[0].Role))
            : null;

    /// <summary>"kausi 2024", "period 2024", "2024 term".</summary>
    public static string PeriodName(AnswerContext c, RoleAssignment role)
    {
        var period = PeriodOf(c, role);
        return c.L($"kausi {period}", $"period {period}", $"{period} term");
    }

    private static string PeriodOf(AnswerContext c, RoleAssignment role) =>
        TermOf(c, role) is { } term ? TermLabel(term.Term)
            : $"{(role.From is { } from ? HelsinkiDateFormat.NumericDate(from) : string.Empty)}–{(role.Until is { } until ? HelsinkiDateFormat.NumericDate(until) : string.Empty)}";

    private static (Body Body, Term Term)? TermOf(AnswerContext c, RoleAssignment role) =>
        role.BodyId is not null && c.Catalog.BodiesById.TryGetValue(role.BodyId, out var body) && role.From is { } from
            && body.Terms.FirstOrDefault(t => t.Covers(from)) is { } term
            ? (body, term)
            : null;

    private static string? Named(AnswerContext c, Attribution source) =>
        source.Name is null ? null : c.L($"lähde: {source.Name.Fi}", $"källa: {source.Name.In(Language.Swedish)}", $"source: {source.Name.In(Language.English)}");

    private static string AsOf(AnswerContext c, DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => c.L($"tieto vuodelta {date.Year}", $"uppgift från {date.Year}", $"as of {date.Year}"),
        DatePrecision.Month => c.L(
            $"tieto {FinnishMonthsAblative[date.Month - 1]} {date.Year}",
            $"uppgift från {SwedishMonths[date.Month - 1]} {date.Year}",
            $"as of {EnglishMonths[date.Month - 1]} {date.Year}"),
        _ => c.L($"tieto päivältä {HelsinkiDateFormat.NumericDate(date)}", $"uppgift från {HelsinkiDateFormat.NumericDate(date)}", $"as of {HelsinkiDateFormat.FormatDate(date, Language.English)}"),
    };

    private static string? Line(string? first, string? second)
    {
        var line = string.Join(" · ", new[] { first, second }.Where(p => !string.IsNullOrEmpty(p)));
        return line.Length == 0 ? null : char.ToUpperInvariant(line[0]) + line[1..];
    }
}
