using System.Globalization;
using System.Net;
using System.Text;

namespace Verkostot.Core.Questions.Text;

/// <summary>Turns what people type in Teams into lower-case words that can be matched against the catalog.</summary>
public static class TextNormalizer
{
    /// <summary>Nobody asks a question longer than this; cutting first keeps huge pastes cheap.</summary>
    public const int MaxInputLength = 600;

    public const int MaxTokens = 60;

    public static NormalizedText Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new NormalizedText(string.Empty, [], []);
        }

        var cut = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var lowered = StripTags(WebUtility.HtmlDecode(cut)).ToLowerInvariant();
        var tokens = Tokenize(lowered);
        return new NormalizedText(lowered, tokens, tokens.Select(Fold).ToList());
    }

    /// <summary>Normalises a catalog name the same way as a question, so both meet in one form.</summary>
    public static string NormalizeName(string name) => string.Join(' ', Tokenize(name.ToLowerInvariant()));

    /// <summary>Fallback tier for people who type without ä, ö and å ("ita-suomi").</summary>
    public static string Fold(string word)
    {
        var needsFolding = false;
        foreach (var c in word)
        {
            if (c > 127)
            {
                needsFolding = true;
                break;
            }
        }

        if (!needsFolding)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static List<string> Tokenize(string lowered)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < lowered.Length; i++)
        {
            var c = lowered[i];
            if (char.IsLetterOrDigit(c) || IsInflectionColon(lowered, i) || IsThousandsSpace(lowered, i, current))
            {
                if (char.IsLetterOrDigit(c))
                {
                    current.Append(c);
                }

                continue;
            }

            Flush(tokens, current);
            if (tokens.Count >= MaxTokens)
            {
                return tokens;
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    /// <summary>An abbreviation's ending after a colon ("pj:n", "kj:lle", "vpj:stä") belongs to the word; times ("9:00") do not join.</summary>
    private static bool IsInflectionColon(string text, int i) =>
        text[i] == ':' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>"10 000" and "608 371" are one number, as "10000" is: the sources write thousands apart, people often do not.</summary>
    private static bool IsThousandsSpace(string text, int i, StringBuilder current)
    {
        if (text[i] is not (' ' or '\u00a0' or '\u202f') || current.Length is 0 or > 3 || i + 3 >= text.Length)
        {
            return false;
        }

        for (var j = 0; j < current.Length; j++)
        {
            if (!char.IsDigit(current[j]))
            {
                return false;
            }
        }

        return char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]));
    }

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0 && tokens.Count < MaxTokens)
        {
            tokens.Add(current.ToString());
        }

        current.Clear();
    }

    /// <summary>Removes stray markup (Teams leaves e.g. &lt;p&gt; or a half &lt;at&gt; behind) without regex backtracking.</summary>
    private static string StripTags(string text)
    {
        if (!text.Contains('<'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
