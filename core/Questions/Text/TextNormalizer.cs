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
        foreach (var c in lowered)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
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
