using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>The coordinators' card when Graph refuses the app: what is wrong, what the admin must do.</summary>
public sealed class RosterCredentialAlertCardRenderer : NoticeCardRenderer<RosterCredentialAlert>
{
    protected override AdaptiveCard Render(RosterCredentialAlert notice) => new()
    {
        Body =
        [
            RosterCardParts.Title(RosterCredentialAlert.Title) with { Color = TextColor.Attention },
            RosterCardParts.Paragraph(notice.NetworkName) with { IsSubtle = true, Spacing = Spacing.None },
            RosterCardParts.Paragraph(notice.WhatIsWrong),
            RosterCardParts.Paragraph(notice.WhatToDo) with { Weight = FontWeight.Bolder },
            RosterCardParts.Paragraph(RosterCredentialAlert.RetryNote) with { IsSubtle = true },
        ],
        FallbackText = notice.PlainText,
    };
}
