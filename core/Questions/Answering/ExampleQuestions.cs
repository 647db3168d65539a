using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Example questions built from what the catalog holds, so every suggestion the bot makes does work.</summary>
public static class ExampleQuestions
{
    // Every greeting and not-found answer carries these, and finding them scanned the roles, every body's terms and
    // seats and the meetings, and inflected two names, each time: a fiftieth of the CPU of a greeting reply (perf).
    // They change only with those lists, so each snapshot gets them once; only the meeting check depends on the time.
    private static readonly DerivedIndex<Examples> BySnapshot =
        new(Examples.Of, c => c.Roles, c => c.Networks, c => c.Bodies, c => c.Meetings);

    public static IReadOnlyList<string> For(AnswerContext context)
    {
        var known = BySnapshot.Of(context.Catalog);
        var examples = new List<string>(3);
        if (known.Chair is { } chair)
        {
            examples.Add(context.L(chair.Fi, chair.Sv, chair.En));
        }
        if (known.Seat is { } seat)
        {
            examples.Add(context.L(seat.Fi, seat.Sv, seat.En));
        }
        if (known.LastMeetingStart >= context.Now)
        {
            examples.Add(context.L("Milloin on seuraava kokous?", "När är nästa möte?", "When is the next meeting?"));
        }
        if (examples.Count < 3)
        {
            examples.Add(context.L("Mitä verkostoja on?", "Vilka nätverk finns det?", "Which networks are there?"));
        }
        return examples;
    }

    private static string Lower(string name) => name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>A question in the three languages.</summary>
    private sealed record Texts(string Fi, string Sv, string En);

    /// <param name="LastMeetingStart">
    /// The latest start of a meeting not cancelled: a meeting is still to come exactly when this is not yet past.
    /// </param>
    private sealed record Examples(Texts? Chair, Texts? Seat, DateTimeOffset? LastMeetingStart)
    {
        public static Examples Of(NetworkCatalog catalog)
        {
            var chaired = catalog.Roles.Where(r => r.Role == Role.Chair)
                .Select(r => catalog.NetworksById.GetValueOrDefault(r.NetworkId))
                .OfType<Network>()
                .FirstOrDefault();
            var seat = catalog.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).FirstOrDefault(s => s.MemberId is not null);
            var meetings = catalog.Meetings.Where(m => !m.IsCancelled).Select(m => (DateTimeOffset?)m.StartsAt);
            return new Examples(
                chaired is null ? null : new Texts(
                    $"Kuka on {Lower(FinnishNameInflector.Genitive(chaired.Name.Fi))} puheenjohtaja?",
                    $"Vem är ordförande för {Lower(chaired.Name.In(Language.Swedish))}?",
                    $"Who chairs the {chaired.Name.In(Language.English)}?"),
                seat is null ? null : new Texts(
                    $"Kuka on {FinnishNameInflector.Genitive(seat.RegionName.Fi)} edustaja puheenjohtajistossa?",
                    $"Vem representerar {seat.RegionName.In(Language.Swedish)}?",
                    $"Who represents {seat.RegionName.In(Language.English)}?"),
                meetings.Max());
        }
    }
}
