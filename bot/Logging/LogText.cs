using System.Globalization;
using System.Text;

namespace Verkostot.Bot.Logging;

/// <summary>
/// Makes text safe to write into a line of the log: control characters, line and paragraph separators, bidirectional
/// overrides and lone surrogates become visible escapes (<c>\n</c>, <c>\u001B</c>), so that nothing a user or a remote
/// service sent can end a line, start a forged one, or drive the operator's terminal.
/// </summary>
public static class LogText
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                AppendEscape(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    // A surrogate reaching this test is a lone one: pairs were passed over.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static void AppendEscape(StringBuilder escaped, char c) => escaped.Append(c switch
    {
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    });
}
