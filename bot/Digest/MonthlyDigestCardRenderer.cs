using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Digest;

namespace Verkostot.Bot.Digest;

public sealed class MonthlyDigestCardRenderer : NoticeCardRenderer<MonthlyDigestNotice>
{
    protected override AdaptiveCard Render(MonthlyDigestNotice notice)
    {
        var language = notice.Language;
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading($"{notice.NetworkName}: {notice.Heading}"),
                new FactSet([.. notice.Meetings.Select(m => new Fact(
                    HelsinkiDateFormat.Format(m.StartsAt, language),
                    CardText.Plain(MeetingKindNames.Heading(m.Kind, language) + (m.Place is { } p ? $", {p}" : ""))))]),
            ],
            FallbackText = notice.PlainText,
        };
    }
}
