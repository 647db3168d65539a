using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>
/// Puts right a misspelt key word ("kokos" → "kokous", "puheenjohtja" → "puheenjohtaja") so intent detection sees it.
/// Names are left alone: words already found as names, and words that are ordinary vocabulary, are never touched.
/// </summary>
public static class VocabularyCorrector
{
    private static readonly string[] KeyWords =
    [
        "kokous", "kokouksen", "kokouksessa", "kokoukset", "kokouksia", "tapaaminen", "tapaamisen", "seuraava", "seuraavan", "milloin",
        "puheenjohtaja", "puheenjohtajan", "puheenjohtajana", "varapuheenjohtaja", "puheenjohtajisto", "puheenjohtajiston",
        "puheenjohtajistossa", "verkostovastaava", "koordinaattori", "yhteyshenkilö", "sihteeri", "edustaja", "edustaa", "edustajat",
        "varajäsen", "varajäsenet", "jäsenet", "neuvottelukunta", "neuvottelukunnan", "asialista", "esityslista", "linkki",
        "kärkiteemat", "teemat", "viestintä", "perustettu", "perustettiin", "asukkaita", "asukasluku", "toimikausi", "verkostot",
        "verkostotapaaminen", "teemakokous", "painopisteet", "ordförande", "representerar", "suppleant", "nästa", "meeting",
        "represents", "agenda", "coordinator", "secretary",
    ];

    public static NormalizedText Correct(NormalizedText text, EntityMentions entities)
    {
        string[]? corrected = null;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var folded = text.Folded[i];
            if (folded.Length < 5 || entities.Covers(i) || Vocabulary.IsKnown(folded))
            {
                continue;
            }

            var replacement = Closest(folded);
            if (replacement is not null)
            {
                corrected ??= [.. text.Tokens];
                corrected[i] = replacement;
            }
        }

        return corrected is null ? text : text with { Tokens = corrected, Folded = corrected.Select(TextNormalizer.Fold).ToList() };
    }

    private static string? Closest(string folded)
    {
        var allowed = EditDistance.Allowed(folded.Length);
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var word in KeyWords)
        {
            var distance = EditDistance.Between(folded, TextNormalizer.Fold(word), allowed);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (word, distance);
            }
        }

        return best;
    }
}
