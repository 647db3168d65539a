namespace Verkostot.Core.Digest;

/// <summary>
/// A network's monthly digest, one row per network and month. Inserting the row is the claim: the unique key lets
/// only one job execution (on any instance) post a month's digest.
/// </summary>
public sealed class DigestPost
{
    public int Id { get; set; }
    public required string NetworkId { get; set; }
    /// <summary>"2026-12".</summary>
    public required string Month { get; set; }
    public DigestState State { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public string? LastError { get; set; }
}
