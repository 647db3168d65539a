using Verkostot.Bot.Connector;
using Verkostot.Bot.Installation;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Conversations;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Messaging;

/// <summary>
/// Core's <see cref="IMessenger"/> on the Bot Connector: finds (or opens, or with proactive installation on, installs
/// the app to get) the conversation, renders the notice as a card and sends it, turning connector failures into
/// delivery outcomes instead of exceptions.
/// </summary>
public sealed partial class ConnectorMessenger(
    ConnectorClient connector,
    IConversationReferenceStore references,
    NoticeCards cards,
    TeamsUserDirectory users,
    TimeProvider time,
    ILogger<ConnectorMessenger> logger,
    ProactiveInstaller? installer = null) : IMessenger
{
    public async Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(person.EntraObjectId))
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoEntraId);
        }
        var chat = await references.FindPersonalAsync(person.EntraObjectId, cancellationToken)
                   ?? await OpenPersonalChatAsync(person, cancellationToken);
        if (chat is null && installer is { IsEnabled: true })
        {
            // Not in a team with the bot and never chatted: the bot installs itself for the person.
            (chat, var failure) = await installer.OpenChatAsync(person, cancellationToken);
            if (failure is not null) return failure;
        }
        if (chat is null)
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoPersonalChat);
        }
        return await DeliverAsync(notice, async activity =>
        {
            var sent = await connector.SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, activity, cancellationToken);
            return new SentMessage(chat.ConversationId, sent.Id ?? string.Empty, chat.ServiceUrl);
        });
    }

    public async Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        var team = await references.FindInTeamAsync(channel.TeamId, cancellationToken);
        var tenantId = channel.TenantId ?? team?.TenantId;
        if (team is null || tenantId is null)
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.BotNotInTeam);
        }
        return await DeliverAsync(notice, async activity =>
        {
            var thread = await connector.CreateConversationAsync(
                team.ServiceUrl, ConversationParameters.ChannelThread(channel.ChannelId, tenantId, activity), cancellationToken);
            return new SentMessage(thread.Id ?? channel.ChannelId, thread.ActivityId ?? string.Empty, team.ServiceUrl);
        });
    }

    public Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken) =>
        DeliverAsync(notice, async activity =>
        {
            await connector.UpdateActivityAsync(sent.Endpoint, sent.ConversationId, sent.ActivityId, activity, cancellationToken);
            return sent;
        });

    private async Task<Delivery> DeliverAsync(Notice notice, Func<OutgoingActivity, Task<SentMessage>> send)
    {
        try
        {
            return Delivery.Delivered(await send(cards.Render(notice)));
        }
        catch (ConnectorException ex)
        {
            LogDeliveryFailed(notice.GetType().Name, ex.Kind, ex.ErrorCode);
            var status = ex.IsPermanent ? DeliveryStatus.PermanentFailure : DeliveryStatus.TransientFailure;
            return Delivery.Failed(status, ex.ErrorCode ?? ex.Kind.ToString());
        }
    }

    // Nobody has chatted with the bot yet: open the 1:1 chat through any conversation the bot has in the tenant.
    private async Task<ConversationReference?> OpenPersonalChatAsync(PersonAddress person, CancellationToken cancellationToken)
    {
        var anchor = await references.FindAnyInTenantAsync(person.TenantId, cancellationToken);
        if (anchor?.TenantId is null)
        {
            return null;
        }
        try
        {
            var userId = await users.FindUserIdAsync(anchor, person.EntraObjectId!, cancellationToken);
            if (userId is null)
            {
                return null;
            }
            var created = await connector.CreateConversationAsync(anchor.ServiceUrl,
                ConversationParameters.PersonalChat(userId, anchor.TenantId, anchor.BotId), cancellationToken);
            if (created.Id is null)
            {
                return null;
            }
            var chat = new ConversationReference
            {
                ConversationId = created.Id,
                ConversationType = "personal",
                ServiceUrl = created.ServiceUrl ?? anchor.ServiceUrl,
                ChannelId = anchor.ChannelId,
                TenantId = anchor.TenantId,
                BotId = anchor.BotId,
                UserId = userId,
                UserAadObjectId = person.EntraObjectId,
                UpdatedAt = time.GetUtcNow(),
            };
            await references.UpsertAsync(chat, cancellationToken);
            return chat;
        }
        catch (ConnectorException ex) when (ex.IsPermanent)
        {
            LogCannotOpenChat(Verkostot.Core.Privacy.LogPseudonym.Of(person.PersonId), ex.Kind);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering a {NoticeType} failed: {Kind} {ErrorCode}")]
    private partial void LogDeliveryFailed(string noticeType, ConnectorErrorKind kind, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot open a 1:1 chat with person {Person}: {Kind}")]
    private partial void LogCannotOpenChat(string person, ConnectorErrorKind kind);
}
