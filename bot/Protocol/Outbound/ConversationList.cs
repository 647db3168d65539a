namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Answer to <c>GET v3/teams/{teamId}/conversations</c>: the team's channels.</summary>
public sealed record ConversationList
{
    public List<TeamChannel> Conversations { get; init; } = [];
}
