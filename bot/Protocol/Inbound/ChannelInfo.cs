namespace Verkostot.Bot.Protocol.Inbound;

public sealed record ChannelInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
