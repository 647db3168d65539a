using System.Diagnostics;
using Verkostot.Bench.Load;
using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Questions;
using Verkostot.Testing.Questions;

namespace Verkostot.Bench.Questions;

/// <summary>
/// The held-out set over the demo catalog, in process: judged as its test judges it, then timed question by question
/// once warm (the first answer, which builds the entity index, is left out as in <see cref="AnsweringBench"/>).
/// </summary>
public static class HeldOutBench
{
    public static HeldOutResult Run(HeldOutSet set, int rounds)
    {
        var catalog = NetworkCatalog.Create(DemoDataSet.Load(TimeProvider.System));
        var answerer = new QuestionAnswerer(catalog, TimeProvider.System);
        answerer.Answer(HeldOutSet.Ask(set.Cases[0]));

        var misses = set.Misses(answerer, catalog);
        var asked = set.Cases.Select(HeldOutSet.Ask).ToList();
        var latencies = new List<double>(asked.Count * rounds);
        var byQuestion = asked.Select(_ => new List<double>(rounds)).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < asked.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Answer(asked[i]);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                latencies.Add(ms);
                byQuestion[i].Add(ms);
            }
        }

        return new HeldOutResult(set.Cases.Count, set.Cases.Count - misses.Count, Latencies.Of(latencies), Latencies.PerQuestion(byQuestion),
            [.. misses.Select(m => m.Length > 220 ? m[..220] + "…" : m)]);
    }
}
