using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>
/// A set of vocabulary patterns: "kokou*" matches every word starting with "kokou" (kokous, kokouksen, kokoukset),
/// a pattern without a star matches the word exactly, and "kuinka monta" matches consecutive words.
/// Prefix stems cover Finnish inflection of common words; both the word and its diacritic-free form are tried.
/// </summary>
public sealed class WordPatterns
{
    private readonly Pattern[][] _phrases;

    public WordPatterns(params string[] patterns)
    {
        _phrases = patterns
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Pattern.Of).ToArray())
            .ToArray();
    }

    public IEnumerable<string> Words => _phrases.SelectMany(p => p).Select(w => w.Text);

    public bool In(NormalizedText text) => FirstIndex(text) >= 0;

    /// <summary>Index of the first token where a pattern matches; -1 when none does.</summary>
    public int FirstIndex(NormalizedText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            foreach (var phrase in _phrases)
            {
                if (MatchesAt(text, i, phrase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public bool Matches(string token) => Matches(token, TextNormalizer.Fold(token));

    /// <summary>As <see cref="Matches(string)"/>, with the token's folded form made once by a caller trying many sets.</summary>
    public bool Matches(string token, string folded)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.Length == 1 && WordMatches(token, folded, phrase[0]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MatchesAt(NormalizedText text, int start, Pattern[] phrase)
    {
        if (start + phrase.Length > text.Tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!WordMatches(text.Tokens[start + j], text.Folded[start + j], phrase[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(string token, string folded, Pattern pattern) => pattern.IsPrefix
        ? token.StartsWith(pattern.Text, StringComparison.Ordinal) || folded.StartsWith(pattern.Folded, StringComparison.Ordinal)
        : token == pattern.Text || folded == pattern.Folded;

    private sealed record Pattern(string Text, string Folded, bool IsPrefix)
    {
        public static Pattern Of(string pattern)
        {
            var text = pattern.TrimEnd('*');
            return new Pattern(text, TextNormalizer.Fold(text), pattern.EndsWith('*'));
        }
    }
}
