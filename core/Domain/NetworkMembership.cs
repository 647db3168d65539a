namespace Verkostot.Core.Domain;

/// <summary>A person on a network's roster. Never deleted: leaving sets <see cref="LeftOn"/>.</summary>
public sealed class NetworkMembership
{
    public int Id { get; set; }
    public required string NetworkId { get; set; }
    public required string PersonId { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    /// <summary>Whether the person is in the Team's Microsoft 365 group, as of the last roster sync.</summary>
    public bool InGroup { get; set; }
}
