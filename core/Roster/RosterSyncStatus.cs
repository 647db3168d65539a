namespace Verkostot.Core.Roster;

public enum RosterSyncStatus
{
    Synced,
    /// <summary>The network names no group id.</summary>
    NoGroup,
    /// <summary>Another sync of the network holds the lease.</summary>
    AlreadyRunning,
    CredentialsRejected,
    /// <summary>Graph was unreachable or throttled after retries; the next run tries again.</summary>
    Unavailable,
    /// <summary>No Graph credentials are configured.</summary>
    NotConfigured,
    UnknownNetwork,
}
