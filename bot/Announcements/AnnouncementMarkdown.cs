using System.Text;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// A coordinator's text for a card TextBlock: the Teams markdown subset stays (bold, italics, lists, line breaks),
/// while anything that could inject HTML, fake an @mention or disguise a link is shown literally. Raw https
/// addresses still become links, which is honest: the address shown is the address opened.
/// </summary>
public static class AnnouncementMarkdown
{
    public static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                continue;
            }
            // < > stop <at>…</at> and other tags; [ ] ( ) stop [text](url) links; & stops &lt;at&gt; entities.
            if (c is '\\' or '<' or '>' or '[' or ']' or '(' or ')' or '&' or '`' or '#' or '|' or '!')
            {
                encoded.Append('\\');
            }
            encoded.Append(c);
        }
        return encoded.ToString();
    }
}
