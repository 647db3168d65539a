namespace Verkostot.Core.Domain;

public sealed class Meeting
{
    public int Id { get; set; }
    public required string NetworkId { get; set; }
    /// <summary>The body that meets (e.g. the presidium); null for a meeting of the whole network.</summary>
    public string? BodyId { get; set; }
    public MeetingKind Kind { get; set; }
    public LocalizedText? Title { get; set; }
    /// <summary>Stored in UTC; shown in Europe/Helsinki.</summary>
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Place { get; set; }
    public string? TeamsLink { get; set; }
    public List<string> Agenda { get; set; } = [];
    public List<string> Materials { get; set; } = [];
    /// <summary>Who else is invited, e.g. sector directors for a thematic meeting.</summary>
    public LocalizedText? Invited { get; set; }
    /// <summary>Partner network of a joint meeting.</summary>
    public string? JointWithNetworkId { get; set; }
    public bool IsCancelled { get; set; }
    public bool IsDemo { get; set; }
}
