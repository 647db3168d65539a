namespace Verkostot.Core.Announcements;

/// <summary>The audience values the form sends, and their Finnish names.</summary>
public static class AudienceNames
{
    public static string Value(AnnouncementAudience audience) => audience switch
    {
        AnnouncementAudience.ChannelAndMembers => "channelAndMembers",
        AnnouncementAudience.Presidium => "presidium",
        _ => "channel",
    };

    public static AnnouncementAudience? Parse(string? value) => value switch
    {
        "channel" => AnnouncementAudience.Channel,
        "channelAndMembers" => AnnouncementAudience.ChannelAndMembers,
        "presidium" => AnnouncementAudience.Presidium,
        _ => null,
    };

    public static string Finnish(AnnouncementAudience audience) => audience switch
    {
        AnnouncementAudience.ChannelAndMembers => "Kanava ja jokainen jäsen henkilökohtaisesti",
        AnnouncementAudience.Presidium => "Vain puheenjohtajisto",
        _ => "Verkoston kanava (uusi keskustelu)",
    };
}
