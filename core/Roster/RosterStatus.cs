namespace Verkostot.Core.Roster;

/// <param name="Sync">Null until the network's first sync.</param>
public sealed record RosterStatus(
    RosterSyncState? Sync,
    int OnRoster,
    int InGroup,
    IReadOnlyList<MissingMember> MissingFromGroup,
    IReadOnlyList<UnmatchedMember> Unmatched);
