using Verkostot.Core.Domain;

namespace Verkostot.Core.Meetings;

/// <summary>A validated meeting from the coordinator's form; <see cref="Starts"/> has one entry per occurrence.</summary>
public sealed record MeetingDraft(
    string NetworkId,
    MeetingKind Kind,
    IReadOnlyList<DateTimeOffset> Starts,
    TimeSpan Duration,
    string? Place,
    string? TeamsLink,
    IReadOnlyList<string> Agenda);
