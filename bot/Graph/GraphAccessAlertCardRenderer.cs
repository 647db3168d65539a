using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.GraphAccess;

namespace Verkostot.Bot.Graph;

/// <summary>The coordinators' card when Microsoft 365 refuses a feature: what does not work, what follows, what the admin must do.</summary>
public sealed class GraphAccessAlertCardRenderer : NoticeCardRenderer<GraphAccessAlert>
{
    protected override AdaptiveCard Render(GraphAccessAlert notice) => new()
    {
        Body =
        [
            new TextBlock(CardText.Plain(notice.Title)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true, Color = TextColor.Attention },
            new TextBlock(CardText.Plain(notice.NetworkName)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new TextBlock(CardText.Plain(notice.WhatIsWrong)) { Wrap = true },
            new TextBlock(CardText.Plain(notice.WhatToDo)) { Wrap = true, Weight = FontWeight.Bolder },
            new TextBlock(CardText.Plain(GraphAccessAlert.RetryNote)) { Wrap = true, IsSubtle = true },
        ],
        FallbackText = CardText.Plain(notice.PlainText),
    };
}
