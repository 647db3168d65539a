namespace Verkostot.Core.Tests.Questions;

/// <summary>One row of <see cref="QuestionCases"/>: a question and what its answer must (and must not) contain.</summary>
/// <param name="Expect">Texts the plain-text answer must contain (case-insensitive).</param>
/// <param name="Kind">The answer kind (Found, NotFound, Clarify, Help, Greeting, Thanks); Found when not given.</param>
/// <param name="Locale">The activity locale; fi-FI when not given.</param>
/// <param name="Network">The network bound to the conversation, if any.</param>
/// <param name="Asker">The asker's person id, if known.</param>
/// <param name="Lang">The language the answer must be in ("fi", "sv", "en"), when it matters.</param>
/// <param name="Absent">Texts the answer must not contain.</param>
/// <param name="Hostile">A hostile or off-topic question: the answer must be the honest not-found and name nobody.</param>
public sealed record QuestionCase(
    string Q,
    string[]? Expect = null,
    string Kind = "Found",
    string? Locale = null,
    string? Network = null,
    string? Asker = null,
    string? Lang = null,
    string[]? Absent = null,
    bool Hostile = false)
{
    public override string ToString() => Q.Length > 70 ? Q[..70] : Q;
}
