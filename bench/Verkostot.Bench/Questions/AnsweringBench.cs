using System.Diagnostics;
using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Bench.Load;

namespace Verkostot.Bench.Questions;

/// <summary>
/// <c>QuestionAnswerer.Answer</c> over the demo catalog, in process: is each answer right (kind and facts), and how
/// long does one answer take once the process is warm.
/// </summary>
public static class AnsweringBench
{
    public static AnsweringResult Run(IReadOnlyList<BenchQuestion> questions, int rounds)
    {
        var catalog = NetworkCatalog.Create(DemoDataSet.Load(TimeProvider.System));
        var answerer = new QuestionAnswerer(catalog, TimeProvider.System);

        // The first answer builds the entity index (once per catalog snapshot) and JITs the code path.
        var first = Stopwatch.GetTimestamp();
        answerer.Answer(Ask(questions[0]));
        var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;

        var misses = new List<string>();
        var answered = 0;
        var factsRight = 0;
        foreach (var question in questions)
        {
            var answer = answerer.Answer(Ask(question));
            var isAnswer = answer.Kind is not (AnswerKind.NotFound or AnswerKind.Clarify);
            if (question.Answerable && isAnswer)
            {
                answered++;
            }

            var text = AnswerPlainText.Render(answer);
            var missing = question.Facts.Where(f => !text.Contains(f, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (isAnswer == question.Answerable && missing.Length == 0)
            {
                factsRight++;
            }
            else
            {
                misses.Add($"\"{question.Text}\" → {answer.Kind}: {FirstLine(text)}"
                    + (missing.Length > 0 ? $" (missing: {string.Join(", ", missing)})" : ""));
            }
        }

        var latencies = new List<double>(questions.Count * rounds);
        var byQuestion = questions.Select(_ => new List<double>(rounds)).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                var asked = Ask(questions[i]);
                var start = Stopwatch.GetTimestamp();
                answerer.Answer(asked);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                latencies.Add(ms);
                byQuestion[i].Add(ms);
            }
        }

        return new AnsweringResult(questions.Count, questions.Count(q => q.Answerable), answered, factsRight,
            firstMs, Latencies.Of(latencies), Latencies.PerQuestion(byQuestion), misses);
    }

    private static Question Ask(BenchQuestion question) => new(question.Text, question.Locale, question.Network);

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 90 ? line[..90] + "…" : line;
    }
}
