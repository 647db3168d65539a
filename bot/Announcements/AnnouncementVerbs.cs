namespace Verkostot.Bot.Announcements;

/// <summary>The Action.Execute verbs of the announcement cards.</summary>
public static class AnnouncementVerbs
{
    public const string Preview = "announcement.preview";
    public const string Edit = "announcement.edit";
    public const string Send = "announcement.send";
    public const string Cancel = "announcement.cancel";
    public const string Stop = "announcement.stop";
    public const string Report = "announcement.report";
}
