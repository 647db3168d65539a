namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Answer to <c>GET v3/teams/{teamId}/conversations</c>: the team's channels.</summary>
public sealed record ConversationList
{
    public List<TeamChannel> Conversations { get; init; } = [];
}

/// <summary>A channel of a team. The General channel's id equals the team id and it has no name.</summary>
public sealed record TeamChannel
{
    public required string Id { get; init; }
    public string? Name { get; init; }
}
