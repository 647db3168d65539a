using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Which term of a body answers a question: the one of the year the question names ("2024"); else the one in force
/// today; else the newest that has ended (the answer then says so); else the first one still to come.
/// </summary>
public static class Terms
{
    public static TermView? Of(AnswerContext c, Body body)
    {
        var terms = body.Terms;
        if (terms.Count == 0)
        {
            return null;
        }

        if (c.Parsed.Year is { } year)
        {
            var during = terms.Where(t => t.Start.Year <= year && t.End.Year >= year).MaxBy(t => t.Start);
            return during is null ? null : new TermView(body, during, during.End < c.Today, AskedForPast: during.End < c.Today);
        }

        var current = terms.Where(t => t.Covers(c.Today)).MaxBy(t => t.Start);
        if (current is not null)
        {
            return new TermView(body, current, HasEnded: false, AskedForPast: false);
        }

        var ended = terms.Where(t => t.End < c.Today).MaxBy(t => t.End);
        return ended is not null
            ? new TermView(body, ended, HasEnded: true, AskedForPast: false)
            : new TermView(body, terms.MinBy(t => t.Start)!, HasEnded: false, AskedForPast: false);
    }

    /// <summary>The term with regional seats of a network's body (the presidium), for "who represents …".</summary>
    public static TermView? WithSeats(AnswerContext c, string networkId)
    {
        foreach (var body in c.Catalog.BodiesOf(networkId).Where(b => b.Terms.Any(t => t.Seats.Count > 0)))
        {
            if (Of(c, body) is { Term.Seats.Count: > 0 } view)
            {
                return view;
            }
        }

        return null;
    }
}
