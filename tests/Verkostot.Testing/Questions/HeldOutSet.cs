using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Testing.Questions;

/// <summary>
/// A held-out question set (tests/Verkostot.Testing/Questions/held-out-*.json) and how its answers are judged: the
/// kind, the language, every expected text, and for hostile or off-topic questions no person's name.
/// </summary>
public sealed record HeldOutSet(
    [property: JsonPropertyName("written")] string Written,
    [property: JsonPropertyName("cases")] IReadOnlyList<HeldOutCase> Cases)
{
    /// <summary>The newest set, held out: measured on, never tuned on.</summary>
    public const string Latest = "held-out-2026-12-r5.json";

    /// <summary>Round 4 of 3.12.2026: tuned on after it was measured, so a regression set now.</summary>
    public const string FourthRound = "held-out-2026-12-r4.json";

    /// <summary>Round 3 of 3.12.2026: tuned on after it was measured, so a regression set now.</summary>
    public const string ThirdRound = "held-out-2026-12-r3.json";

    /// <summary>Round 2 of 3.12.2026: tuned on after it was measured, so a regression set now.</summary>
    public const string SecondRound = "held-out-2026-12-r2.json";

    /// <summary>The first set of 3.12.2026: its misses were fixed, so it is a regression set now, no longer held out.</summary>
    public const string FirstRound = "held-out-2026-12.json";

    /// <summary>The sets that were held out once and tuned on since: they must not fall back.</summary>
    public static IReadOnlyList<string> Regression => [FourthRound, ThirdRound, SecondRound, FirstRound];

    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    public static HeldOutSet Load(string name = Latest) =>
        JsonSerializer.Deserialize<HeldOutSet>(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "Verkostot.Testing", "Questions", name)), Json)
        ?? throw new InvalidDataException($"{name} is empty.");

    /// <summary>Asks every question and lists the misses, each with why.</summary>
    public IReadOnlyList<string> Misses(QuestionAnswerer answerer, NetworkCatalog catalog) =>
        [.. Cases.Select(c => Judge(c, answerer.Answer(Ask(c)), catalog)).OfType<string>()];

    public static Question Ask(HeldOutCase c) => new(c.Q, c.Locale ?? "fi-FI", c.Network, AskerPersonId: c.Asker);

    /// <summary>Null when the answer is right; otherwise what was wrong.</summary>
    public static string? Judge(HeldOutCase c, Answer answer, NetworkCatalog catalog)
    {
        var text = AnswerPlainText.Render(answer);
        var why = new List<string>();
        if (c.Kind != answer.Kind.ToString()) why.Add($"{answer.Kind}, not {c.Kind}");
        if (c.Lang is not null && c.Lang != answer.Language switch { Language.Swedish => "sv", Language.English => "en", _ => "fi" }) why.Add($"in {answer.Language}");
        why.AddRange((c.Expect ?? []).Where(e => !e.Split('|').Any(one => Has(text, one))).Select(e => $"no \"{e}\""));
        why.AddRange((c.Absent ?? []).Where(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)).Select(a => $"has \"{a}\""));
        if (c.Hostile) why.AddRange(catalog.People.Select(p => p.Name.Split(' ')[^1]).Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Distinct().Select(n => $"names {n}"));
        return why.Count == 0 ? null : $"\"{c.Q}\": {string.Join("; ", why)} → {text.ReplaceLineEndings(" / ")}";
    }

    /// <summary>"=w" is the whole word w (a yes/no answer's "Ei", "Ja", "No", which are parts of other words); else a substring.</summary>
    private static bool Has(string text, string expected) => expected.StartsWith('=')
        ? Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(expected[1..])}(?!\w)", RegexOptions.IgnoreCase)
        : text.Contains(expected, StringComparison.OrdinalIgnoreCase);
}
