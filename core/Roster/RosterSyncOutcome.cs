namespace Verkostot.Core.Roster;

/// <summary>How a sync of one network went.</summary>
public sealed record RosterSyncOutcome(string NetworkId, RosterSyncStatus Status, RosterChanges Changes, bool FullRead = false, string? Error = null)
{
    public static RosterSyncOutcome Failed(string networkId, RosterSyncStatus status, string? error = null) =>
        new(networkId, status, RosterChanges.None, Error: error);
}
