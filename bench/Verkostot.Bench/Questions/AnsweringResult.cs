using Verkostot.Bench.Load;

namespace Verkostot.Bench.Questions;

/// <summary>What the answering bench found: accuracy over the bench questions and in-process answer latency.</summary>
public sealed record AnsweringResult(
    int Questions,
    int Answerable,
    int Answered,
    int FactsRight,
    double FirstAnswerMs,
    Latencies Latency,
    Latencies PerQuestion,
    IReadOnlyList<string> Misses);
