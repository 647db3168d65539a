namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Answer to <c>GET v3/teams/{teamId}</c>.</summary>
public sealed record TeamDetails
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    /// <summary>The team's Microsoft 365 group, which is what Graph knows it by.</summary>
    public string? AadGroupId { get; init; }
    public int? ChannelCount { get; init; }
    public int? MemberCount { get; init; }
}
