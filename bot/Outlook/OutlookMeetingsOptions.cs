namespace Verkostot.Bot.Outlook;

/// <summary>
/// Meetings as Outlook meetings from one organizer mailbox (section <c>OutlookMeetings</c>). Off while
/// <see cref="OrganizerMailbox"/> is empty. Group calendars take no application permission, so the events live in this
/// mailbox; the app needs Calendars.ReadWrite restricted to it by an Exchange application access policy.
/// </summary>
public sealed class OutlookMeetingsOptions
{
    public const string Section = "OutlookMeetings";

    /// <summary>The organizer mailbox, e.g. <c>kokoukset@kuntaliitto.fi</c>.</summary>
    public string? OrganizerMailbox { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(OrganizerMailbox);
}
