namespace Verkostot.Bot.Protocol.Inbound;

public sealed record TenantInfo
{
    public string? Id { get; init; }
}
