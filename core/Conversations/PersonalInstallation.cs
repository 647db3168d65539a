namespace Verkostot.Core.Conversations;

/// <summary>
/// The outcome of installing the app for one person, so that the same person is not asked about every send, and a
/// person who removed the app is not given it back. Keyed by Entra object id, as Teams knows people; no name is kept.
/// </summary>
public sealed class PersonalInstallation
{
    public required string AadObjectId { get; set; }
    public PersonalInstallationState State { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Not tried again before this (for <see cref="PersonalInstallationState.NotInstallable"/> and <see cref="PersonalInstallationState.Failed"/>).</summary>
    public DateTimeOffset? RetryAfter { get; set; }
    /// <summary>Graph's error code of the last failed try, for operators.</summary>
    public string? LastError { get; set; }
    public int Attempts { get; set; }
}
