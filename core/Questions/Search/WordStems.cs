using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Search;

/// <summary>
/// Word stems from Lucene's Snowball stemmers (Finnish, Swedish, English), so that "kunnista", "kunnat" and "kuntaa"
/// meet, and a tolerant comparison for what stemming leaves apart: consonant gradation ("maaseudun"/"maaseutu") and
/// endings the stemmer keeps ("kaksikielisiä"/"kaksikielinen"), and compounds ("painopisteet" in "pienkuntapainopisteet").
/// </summary>
public static class WordStems
{
    // Snowball programs keep state between calls: one per thread and language.
    [ThreadStatic] private static SnowballProgram? _finnish;
    [ThreadStatic] private static SnowballProgram? _swedish;
    [ThreadStatic] private static SnowballProgram? _english;

    public static string Of(string word, Language language)
    {
        if (word.Length < 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        var stemmer = language switch
        {
            Language.Swedish => _swedish ??= new SwedishStemmer(),
            Language.English => _english ??= new EnglishStemmer(),
            _ => _finnish ??= new FinnishStemmer(),
        };
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return TextNormalizer.Fold(stemmer.Current);
    }

    /// <summary>Whether two stems are forms of one word, or one is a part of the other's compound.</summary>
    public static bool Match(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (char.IsDigit(a[0]) || char.IsDigit(b[0]))
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return shorter.Length >= 4 ? longer.Length - shorter.Length <= 4 : shorter.Length == 3 && longer.Length == 4;
        }

        // A compound holds its parts: "pienkuntapainopist" holds "painopist", "teematapaamis" holds "tapaamis".
        if (shorter.Length >= 7 && longer.Contains(shorter, StringComparison.Ordinal))
        {
            return true;
        }

        return shorter.Length >= 6 && longer.Length - shorter.Length <= 1 && EditDistance.Between(shorter, longer, 1) <= 1;
    }
}
