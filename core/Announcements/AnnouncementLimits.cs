namespace Verkostot.Core.Announcements;

/// <summary>Sizes that keep an announcement within what a Teams card shows well.</summary>
public static class AnnouncementLimits
{
    public const int TitleMaxLength = 150;
    /// <summary>Teams caps a message at about 28 KB; a card that long is unreadable anyway.</summary>
    public const int TextMaxLength = 4000;
    public const int LinkMaxLength = 2000;
}
