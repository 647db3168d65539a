using System.Buffers;
using System.Text;

namespace Verkostot.Bot.Cards;

/// <summary>
/// Makes plain text safe for an Adaptive Card TextBlock, which renders a markdown subset: names and data must
/// show as written ("1. varapuheenjohtaja" must not turn into a numbered list, "*" must not turn into bold).
/// </summary>
public static class CardText
{
    // Most texts (names, answers, example questions) have none of these: they skip the copy.
    private static readonly SearchValues<char> Markdown = SearchValues.Create("\\*_[]`#<>");

    public static string Plain(string text)
    {
        if (!text.AsSpan().ContainsAny(Markdown))
        {
            return EscapeListMarker(text);
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '<' or '>')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return EscapeListMarker(escaped.ToString());
    }

    // A line that starts with "1. " or "- " would become a list item.
    private static string EscapeListMarker(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits > 0 && digits < text.Length && text[digits] == '.' && (digits + 1 == text.Length || text[digits + 1] == ' '))
        {
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        }
        return text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("+ ", StringComparison.Ordinal)
            ? "\\" + text
            : text;
    }
}
