namespace Verkostot.Bot.Meetings;

/// <summary>
/// Configuration section <c>Meetings</c>. The .ics links are made under <c>Verkostot:PublicBaseUrl</c> and signed
/// with <c>Verkostot:LinkSigningKey</c>, like every link the bot hands out.
/// </summary>
public sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    /// <summary>How long a calendar link on a card works.</summary>
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(60);
}
