using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

/// <summary>The announcement as recipients see it; the preview shows exactly the same card.</summary>
public static class AnnouncementCard
{
    public static IReadOnlyList<CardElement> Body(AnnouncementNotice notice) =>
    [
        new TextBlock(CardText.Plain($"Tiedote · {notice.NetworkName}")) { IsSubtle = true, Size = FontSize.Small, Wrap = true },
        new TextBlock(CardText.Plain(notice.Title)) { Weight = FontWeight.Bolder, Size = FontSize.Large, Wrap = true, Spacing = Spacing.None },
        new TextBlock(AnnouncementMarkdown.Encode(notice.Text)) { Wrap = true },
        new TextBlock(CardText.Plain($"– {notice.AuthorName}")) { IsSubtle = true, Wrap = true },
    ];

    public static IReadOnlyList<CardAction>? Link(AnnouncementNotice notice) =>
        notice.LinkUrl is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? [new OpenUrlAction(uri) { Title = "Avaa linkki" }]
            : null;

    public static AdaptiveCard Render(AnnouncementNotice notice) =>
        new() { Body = Body(notice), Actions = Link(notice), FallbackText = FallbackText(notice) };

    /// <summary>
    /// The plain-text version (fallbackText, and the notification summary), encoded like the body: clients render
    /// it as markdown too, so a title or text must not smuggle in an @mention, HTML or a disguised link there either.
    /// </summary>
    public static string FallbackText(AnnouncementNotice notice) =>
        $"{CardText.Plain(notice.Title)}\n\n{AnnouncementMarkdown.Encode(notice.Text)}";
}
