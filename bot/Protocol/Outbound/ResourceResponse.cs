namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>What the connector answers to a sent, replied or updated activity: the activity's id.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}
