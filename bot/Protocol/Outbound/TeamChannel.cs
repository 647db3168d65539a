namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>A channel of a team. The General channel's id equals the team id and it has no name.</summary>
public sealed record TeamChannel
{
    public required string Id { get; init; }
    public string? Name { get; init; }
}
