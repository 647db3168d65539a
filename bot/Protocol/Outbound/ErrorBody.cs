namespace Verkostot.Bot.Protocol.Outbound;

public sealed record ErrorBody
{
    public string? Code { get; init; }
    public string? Message { get; init; }
}
