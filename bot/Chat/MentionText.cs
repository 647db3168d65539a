using System.Net;
using System.Text.RegularExpressions;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Chat;

/// <summary>
/// The question a person typed, without the bot's @mention: in channels and group chats Teams delivers
/// "&lt;at&gt;Verkostot&lt;/at&gt; kuka on puheenjohtaja" and lists the mention in the entities.
/// </summary>
public static partial class MentionText
{
    public static string QuestionOf(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities ?? [])
        {
            if (IsMentionOfBot(mention, activity) && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
            }
        }
        // Other people's mentions stay as their names: "kuka on <at>Juha Herrala</at>" asks about him.
        text = AtTag().Replace(text, " $1 ");
        text = WebUtility.HtmlDecode(HtmlTag().Replace(text, " "));
        return Whitespace().Replace(text, " ").Trim();
    }

    private static bool IsMentionOfBot(Entity entity, Activity activity) =>
        string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
        && (entity.Mentioned?.Id is null || activity.Recipient?.Id is null || entity.Mentioned.Id == activity.Recipient.Id);

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex("<[^>]{1,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
