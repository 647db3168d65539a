using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Meetings.Outlook;

namespace Verkostot.Bot.Outlook;

/// <summary>The coordinators' card when someone deleted a meeting's Outlook event.</summary>
public sealed class OutlookMeetingDeletedCardRenderer : NoticeCardRenderer<OutlookMeetingDeletedNotice>
{
    protected override AdaptiveCard Render(OutlookMeetingDeletedNotice notice) => new()
    {
        Body =
        [
            new TextBlock(CardText.Plain(notice.Title)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true, Color = TextColor.Warning },
            new TextBlock(CardText.Plain(notice.Meeting.NetworkName)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new TextBlock(CardText.Plain(OutlookMeetingDeletedNotice.WhatHappened)) { Wrap = true },
            new TextBlock(CardText.Plain(OutlookMeetingDeletedNotice.WhatToDo)) { Wrap = true, Weight = FontWeight.Bolder },
        ],
        FallbackText = CardText.Plain(notice.PlainText),
    };
}
