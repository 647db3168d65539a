using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>The announcement itself, as it reaches the channel and each member.</summary>
public sealed record AnnouncementNotice(Language Language, string NetworkName, string Title, string Text, string? LinkUrl, string AuthorName)
    : Notice(Language)
{
    public override string PlainText => $"{Title}\n\n{Text}";

    public static AnnouncementNotice Of(Announcement announcement, string networkName, string authorName) =>
        new(Language.Finnish, networkName, announcement.Title, announcement.Text, announcement.LinkUrl, authorName);
}
