using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>The announcement itself, as it reaches the channel and each member.</summary>
public sealed record AnnouncementNotice(Language Language, string NetworkName, string Title, string Text, string? LinkUrl, string AuthorName)
    : Notice(Language)
{
    public override string PlainText => $"{Title}\n\n{Text}";

    /// <param name="language">The frame's language (the e-mail's greeting and footer); the text is the coordinator's own.</param>
    public static AnnouncementNotice Of(Announcement announcement, string networkName, string authorName, Language language = Language.Finnish) =>
        new(language, networkName, announcement.Title, announcement.Text, announcement.LinkUrl, authorName);
}
