using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Reminders;

/// <summary>Who is reminded of a meeting: for a presidium meeting, the members and deputies of the term in force that day (the latest recorded one, until a successor is recorded).</summary>
public static class ReminderRecipients
{
    public static IReadOnlyList<string> Of(NetworkCatalog catalog, Meeting meeting)
    {
        var day = DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt));
        return meeting.Kind switch
        {
            MeetingKind.PresidiumMeeting => SeatsOf(catalog, meeting, day)
                .SelectMany(s => new[] { s.MemberId, s.DeputyId })
                .OfType<string>().Distinct().ToList(),
            MeetingKind.NetworkMeeting => catalog.MembershipsByNetwork.GetValueOrDefault(meeting.NetworkId, [])
                .Where(m => (m.JoinedOn is null || m.JoinedOn <= day) && (m.LeftOn is null || m.LeftOn > day))
                .Select(m => m.PersonId).Distinct().ToList(),
            _ => [],
        };
    }

    /// <summary>The seat a member holds for the meeting, to find their deputy.</summary>
    public static Seat? SeatOfMember(NetworkCatalog catalog, Meeting meeting, string personId) =>
        SeatsOf(catalog, meeting, DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt)))
            .FirstOrDefault(s => s.MemberId == personId);

    public static Seat? SeatOfDeputy(NetworkCatalog catalog, Meeting meeting, string personId) =>
        SeatsOf(catalog, meeting, DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt)))
            .FirstOrDefault(s => s.DeputyId == personId);

    private static IEnumerable<Seat> SeatsOf(NetworkCatalog catalog, Meeting meeting, DateOnly day)
    {
        var bodyId = meeting.BodyId
            ?? catalog.BodiesOf(meeting.NetworkId).FirstOrDefault(b => b.Kind == BodyKind.Presidium)?.Id;
        return bodyId is not null && catalog.TermInForce(bodyId, day) is { } term ? term.Seats : [];
    }
}
