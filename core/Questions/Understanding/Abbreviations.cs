using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>
/// Short forms people type in chat ("kj", "vpj", "o" for "on") written out, so that names and titles are found and
/// the rest of understanding sees ordinary words.
/// </summary>
public static class Abbreviations
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["kj"] = "kunnanjohtaja",
        ["kjn"] = "kunnanjohtajan",
        ["kaupunginjoht"] = "kaupunginjohtaja",
        ["tj"] = "toimitusjohtaja",
        ["vtj"] = "varatoimitusjohtaja",
        ["vpj"] = "varapuheenjohtaja",
        ["varapj"] = "varapuheenjohtaja",
        ["pjn"] = "puheenjohtajan",
        ["vpjn"] = "varapuheenjohtajan",
        ["pjsto"] = "puheenjohtajisto",
        ["pjston"] = "puheenjohtajiston",
        ["o"] = "on",
        ["oo"] = "on",
        ["meiän"] = "meidän",
        ["teiän"] = "teidän",
        ["millon"] = "milloin",
        ["ollu"] = "ollut",
        ["mill"] = "milloin",
        ["ordf"] = "ordförande",
        ["vice-ordf"] = "viceordförande",
        ["kd"] = "kommundirektör",
    };

    public static NormalizedText Expand(NormalizedText text)
    {
        string[]? expanded = null;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (Words.TryGetValue(text.Tokens[i], out var word) && word != text.Tokens[i])
            {
                expanded ??= [.. text.Tokens];
                expanded[i] = word;
            }
        }

        return expanded is null
            ? text
            : text with { Tokens = expanded, Folded = expanded.Select(TextNormalizer.Fold).ToList() };
    }
}
