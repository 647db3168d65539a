using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Example questions built from what the catalog holds, so every suggestion the bot makes does work.</summary>
public static class ExampleQuestions
{
    public static IReadOnlyList<string> For(AnswerContext context)
    {
        var catalog = context.Catalog;
        var examples = new List<string>();

        var chaired = catalog.Roles.Where(r => r.Role == Role.Chair)
            .Select(r => catalog.NetworksById.GetValueOrDefault(r.NetworkId))
            .OfType<Network>()
            .FirstOrDefault();
        if (chaired is not null)
        {
            examples.Add(context.L(
                $"Kuka on {Lower(FinnishNameInflector.Genitive(chaired.Name.Fi))} puheenjohtaja?",
                $"Vem är ordförande för {Lower(chaired.Name.In(Language.Swedish))}?",
                $"Who chairs the {chaired.Name.In(Language.English)}?"));
        }

        var seat = catalog.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).FirstOrDefault(s => s.MemberId is not null);
        if (seat is not null)
        {
            examples.Add(context.L(
                $"Kuka on {FinnishNameInflector.Genitive(seat.RegionName.Fi)} edustaja puheenjohtajistossa?",
                $"Vem representerar {seat.RegionName.In(Language.Swedish)}?",
                $"Who represents {seat.RegionName.In(Language.English)}?"));
        }

        if (catalog.Meetings.Any(m => m.StartsAt >= context.Now && !m.IsCancelled))
        {
            examples.Add(context.L("Milloin on seuraava kokous?", "När är nästa möte?", "When is the next meeting?"));
        }

        if (examples.Count < 3)
        {
            examples.Add(context.L("Mitä verkostoja on?", "Vilka nätverk finns det?", "Which networks are there?"));
        }

        return examples.Take(3).ToList();
    }

    private static string Lower(string name) => name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
