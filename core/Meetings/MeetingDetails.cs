using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Meetings;

/// <summary>What a message about a meeting shows: a copy taken when the message is built, so renderers need no catalog.</summary>
public sealed record MeetingDetails(
    int Id,
    string NetworkId,
    string NetworkName,
    MeetingKind Kind,
    string? Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? TeamsLink,
    IReadOnlyList<string> Agenda,
    bool IsExample = false)
{
    public static MeetingDetails From(Meeting meeting, NetworkCatalog catalog, Language language) => new(
        meeting.Id,
        meeting.NetworkId,
        catalog.NetworksById.TryGetValue(meeting.NetworkId, out var network) ? network.Name.In(language) : meeting.NetworkId,
        meeting.Kind,
        meeting.Title?.In(language),
        meeting.StartsAt,
        meeting.EndsAt,
        meeting.Place,
        meeting.TeamsLink,
        [.. meeting.Agenda],
        meeting.IsDemo);
}
