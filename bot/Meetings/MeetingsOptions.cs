namespace Verkostot.Bot.Meetings;

/// <summary>Configuration section <c>Meetings</c>.</summary>
public sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    /// <summary>Development only: a fixed key so links survive restarts on a developer's machine.</summary>
    public const string DevelopmentCalendarLinkKey = "verkostot-development-calendar-link-key-not-for-production";

    /// <summary>The bot's public address, for the .ics links on cards.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>HMAC key for .ics links, at least 32 characters. Required outside Development.</summary>
    public string CalendarLinkKey { get; set; } = "";

    /// <summary>How long a calendar link on a card works.</summary>
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(60);
}
