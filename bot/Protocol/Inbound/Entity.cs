namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>An entity attached to an activity; for Teams mentions, <c>type</c> is "mention".</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }
}
