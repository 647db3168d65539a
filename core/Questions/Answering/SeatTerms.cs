using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Questions.Answering;

/// <summary>The presidium term whose regional seats answer "who represents …": the one in force today (see <c>Body.CurrentTerm</c>).</summary>
public static class SeatTerms
{
    public static (Body Body, Term Term)? Current(AnswerContext c, string networkId)
    {
        foreach (var body in c.Catalog.BodiesOf(networkId).Where(b => b.Terms.Any(t => t.Seats.Count > 0)))
        {
            var term = c.Catalog.CurrentTerm(body.Id, c.Today);
            if (term is { Seats.Count: > 0 })
            {
                return (body, term);
            }
        }

        return null;
    }

    public static bool HasSeats(AnswerContext c, Network network) => Current(c, network.Id) is not null;

    /// <summary>"1.1.2026–31.12.2026".</summary>
    public static string Period(Term term) => $"{HelsinkiDateFormat.NumericDate(term.Start)}–{HelsinkiDateFormat.NumericDate(term.End)}";
}
