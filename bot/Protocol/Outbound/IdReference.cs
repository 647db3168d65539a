namespace Verkostot.Bot.Protocol.Outbound;

public sealed record IdReference(string Id);
