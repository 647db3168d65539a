namespace Verkostot.Bench.Questions;

/// <summary>
/// A question as a member might type it, and the facts a right answer must contain (case-insensitive).
/// <paramref name="Answerable"/> false: the data holds no answer, and the right answer is an honest not-found.
/// <paramref name="Network"/>: the network of the Team the question is asked in, if any.
/// </summary>
public sealed record BenchQuestion(
    string Text,
    string[] Facts,
    string? Network = null,
    string Locale = "fi-FI",
    bool Answerable = true);
