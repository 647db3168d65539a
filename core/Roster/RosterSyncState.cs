namespace Verkostot.Core.Roster;

/// <summary>
/// One row per network: where the last roster sync left off (its delta link), how it went, and the lease that keeps
/// two syncs of the same network from running at once, across instances.
/// </summary>
public sealed class RosterSyncState
{
    public required string NetworkId { get; set; }
    /// <summary>The group the delta link belongs to; a different group id on the network starts over with a full read.</summary>
    public string? GroupId { get; set; }
    public string? DeltaLink { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    /// <summary>The last failure, in English for operators; null after a successful run.</summary>
    public string? LastError { get; set; }
    /// <summary>Set while the credentials are refused; the health check reports Degraded then.</summary>
    public CredentialProblem? CredentialProblem { get; set; }
    /// <summary>Coordinators were told about the current credential failure streak; reset by the next success.</summary>
    public bool CredentialAlertSent { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseHolder { get; set; }
}
