using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>
/// The Outlook event of a meeting: subject, body (place, agenda, the network), time, and attendees — a presidium
/// meeting's seat members, every other meeting's network members, and any deputy invited because a member cannot come.
/// In Finnish, the networks' working language, as the agendas are. People without an e-mail address cannot be invited.
/// </summary>
public static class OutlookEventComposer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private const Language Finnish = Language.Finnish;

    public static OutlookEventDraft Compose(Meeting meeting, NetworkCatalog catalog, IReadOnlyCollection<string> invitedDeputies, string? outlookJoinUrl)
    {
        var network = catalog.NetworksById.GetValueOrDefault(meeting.NetworkId)?.Name.Fi ?? meeting.NetworkId;
        var title = meeting.Title?.Fi ?? MeetingKindNames.Heading(meeting.Kind, Finnish);
        // A link the coordinator gave goes in the body; otherwise Outlook makes the Teams meeting (and its link is kept).
        var ownLink = meeting.TeamsLink is { } link && link != outlookJoinUrl ? link : null;
        return new OutlookEventDraft(
            $"{title} – {network}",
            Body(meeting, network, ownLink),
            meeting.StartsAt,
            meeting.EndsAt > meeting.StartsAt ? meeting.EndsAt : meeting.StartsAt + TimeSpan.FromHours(1),
            meeting.Place,
            OnlineMeeting: ownLink is null,
            Attendees(meeting, catalog, invitedDeputies));
    }

    /// <summary>Who is invited, by person id: the attendees' people.</summary>
    public static IEnumerable<string> Invitees(Meeting meeting, NetworkCatalog catalog, IReadOnlyCollection<string> invitedDeputies)
    {
        var day = DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt));
        var invited = meeting.Kind == MeetingKind.PresidiumMeeting
            ? ReminderRecipients.Of(catalog, meeting).Where(p => ReminderRecipients.SeatOfMember(catalog, meeting, p) is not null)
            : catalog.MembershipsByNetwork.GetValueOrDefault(meeting.NetworkId, [])
                .Where(m => (m.JoinedOn is null || m.JoinedOn <= day) && (m.LeftOn is null || m.LeftOn > day)).Select(m => m.PersonId);
        return invited.Concat(invitedDeputies).Distinct();
    }

    /// <summary>What a change to the event is measured by: a different hash, and the event is updated.</summary>
    public static string Hash(OutlookEventDraft draft)
    {
        var text = string.Join('\n', [draft.Subject, draft.BodyHtml, draft.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            draft.End.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), draft.Location ?? "", draft.OnlineMeeting ? "online" : "",
            .. draft.Attendees.Select(a => a.Address.ToLowerInvariant()).Order(StringComparer.Ordinal)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static List<OutlookAttendee> Attendees(Meeting meeting, NetworkCatalog catalog, IReadOnlyCollection<string> invitedDeputies) =>
    [
        .. Invitees(meeting, catalog, invitedDeputies)
            .Select(id => catalog.PeopleById.GetValueOrDefault(id))
            .OfType<Person>()
            .Where(p => p.Email?.Trim() is { Length: > 2 } email && email.Contains('@', StringComparison.Ordinal))
            .Select(p => new OutlookAttendee(p.Email!.Trim(), p.Name))
            .DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase),
    ];

    private static string Body(Meeting meeting, string network, string? ownLink)
    {
        var html = new StringBuilder();
        html.Append($"<p>{Encoder.Encode(MeetingKindNames.Heading(meeting.Kind, Finnish))} · {Encoder.Encode(network)}</p>");
        if (meeting.Place is { } place) html.Append($"<p><strong>Paikka:</strong> {Encoder.Encode(place)}</p>");
        if (ownLink is not null && Uri.TryCreate(ownLink, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            html.Append($"<p><a href=\"{Encoder.Encode(url.AbsoluteUri)}\">Liity Teams-kokoukseen</a></p>");
        }
        if (meeting.Agenda.Count > 0)
        {
            html.Append("<p><strong>Esityslista</strong></p><ol>");
            foreach (var item in meeting.Agenda) html.Append($"<li>{Encoder.Encode(item)}</li>");
            html.Append("</ol>");
        }
        html.Append(meeting.Kind == MeetingKind.PresidiumMeeting
            ? "<p style=\"color:#616161\">Kutsun lähetti verkoston botti. Vastaa Outlookissa tai botin muistutuksessa; jos et pääse, varajäsenesi kutsutaan.</p>"
            : "<p style=\"color:#616161\">Kutsun lähetti verkoston botti.</p>");
        return html.ToString();
    }
}
