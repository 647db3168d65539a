using Verkostot.Bot.Connector;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;

namespace Verkostot.Bot.Teams;

/// <summary>Answers an inbound activity in its own conversation through the Bot Connector.</summary>
public sealed class TurnReplies(ConnectorClient connector)
{
    public Task<ResourceResponse> ReplyAsync(Activity to, OutgoingActivity reply, CancellationToken cancellationToken)
    {
        var serviceUrl = to.ServiceUrl!;
        var conversationId = to.Conversation!.Id!;
        reply = reply with { Locale = reply.Locale ?? to.Locale };
        return string.IsNullOrEmpty(to.Id)
            ? connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, conversationId, to.Id, reply, cancellationToken);
    }

    public Task SendTypingAsync(Activity to, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(to.ServiceUrl!, to.Conversation!.Id!,
            new OutgoingActivity { Type = Protocol.ActivityTypes.Typing }, cancellationToken);
}
