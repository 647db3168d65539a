using System.Globalization;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Links;

namespace Verkostot.Bot.Meetings;

/// <summary>Signed, expiring links to a meeting's .ics file, for the cards (see <see cref="SignedLinks"/>).</summary>
public sealed class CalendarLinks(SignedLinks links, IOptions<MeetingsOptions> options)
{
    public const string Path = "/meetings/{id:int}/calendar.ics";
    private const string Purpose = "meeting-calendar";

    public Uri For(int meetingId) =>
        links.Create(Purpose, Subject(meetingId), $"meetings/{Subject(meetingId)}/calendar.ics", options.Value.CalendarLinkLifetime);

    public bool IsValid(int meetingId, string? expires, string? signature) =>
        links.IsValid(Purpose, Subject(meetingId), expires, signature);

    private static string Subject(int meetingId) => meetingId.ToString(CultureInfo.InvariantCulture);
}
