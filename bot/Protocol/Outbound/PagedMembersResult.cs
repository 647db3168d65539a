namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>One page of a conversation's roster; ask again with <see cref="ContinuationToken"/> until it is null.</summary>
public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }
    public List<TeamsMember> Members { get; init; } = [];
}
