namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>A ChannelAccount on the wire: the bot or a user, as the Bot Connector identifies them.</summary>
public sealed record Account
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
