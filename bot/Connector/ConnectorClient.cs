using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Verkostot.Bot.Protocol.Outbound;

namespace Verkostot.Bot.Connector;

/// <summary>
/// The Bot Connector REST API (v3) as the bot uses it. The serviceUrl is passed per call because every activity
/// names its own. Calls are rate-limited, retried on transient failures and authenticated by the HTTP pipeline
/// <see cref="ConnectorServiceCollectionExtensions.AddConnector"/> builds; a call that still fails throws
/// <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly OutboundJsonContext Json = OutboundJsonContext.Default;

    /// <summary>Answers an activity in its own thread; <c>replyToId</c> defaults to that activity.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId,
        OutgoingActivity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Segment(conversationId)}/activities/{ConnectorUri.Segment(activityId, nameof(activityId))}",
            conversationId, Body(activity with { ReplyToId = activity.ReplyToId ?? activityId }, Json.OutgoingActivity),
            Json.ResourceResponse, static () => new ResourceResponse(), "ReplyToActivity", cancellationToken);

    /// <summary>Posts to the end of a conversation (a 1:1 chat, group chat or channel thread).</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId,
        OutgoingActivity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities",
            conversationId, Body(activity, Json.OutgoingActivity),
            Json.ResourceResponse, static () => new ResourceResponse(), "SendToConversation", cancellationToken);

    /// <summary>
    /// Answers an activity (<paramref name="replyToId"/>) or posts to the end of its conversation, with the first
    /// attempt's Teams permit already taken: a caller that may wait long for it (the scheduler's send loop, when the
    /// app's permits are spoken for) waits holding only the reply, not a built request and its pipeline.
    /// </summary>
    internal Task<ResourceResponse> SendWithPermitAsync(string serviceUrl, string conversationId, string? replyToId,
        OutgoingActivity activity, RateLimitLease firstPermit, CancellationToken cancellationToken) =>
        replyToId is { Length: > 0 }
            ? SendAsync(HttpMethod.Post, serviceUrl,
                $"v3/conversations/{Segment(conversationId)}/activities/{ConnectorUri.Segment(replyToId, nameof(replyToId))}",
                conversationId, Body(activity with { ReplyToId = activity.ReplyToId ?? replyToId }, Json.OutgoingActivity),
                Json.ResourceResponse, static () => new ResourceResponse(), "ReplyToActivity", cancellationToken, firstPermit)
            : SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities",
                conversationId, Body(activity, Json.OutgoingActivity),
                Json.ResourceResponse, static () => new ResourceResponse(), "SendToConversation", cancellationToken, firstPermit);

    /// <summary>Opens a 1:1 chat (proactive message) or a new channel thread; see <see cref="ConversationParameters"/>.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations",
            parameters.ChannelData?.Channel?.Id, Body(parameters, Json.ConversationParameters),
            Json.ConversationResourceResponse, static () => new ConversationResourceResponse(), "CreateConversation", cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (e.g. a card once it has been answered).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId,
        OutgoingActivity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Segment(conversationId)}/activities/{ConnectorUri.Segment(activityId, nameof(activityId))}",
            conversationId, Body(activity with { Id = activity.Id ?? activityId }, Json.OutgoingActivity),
            Json.ResourceResponse, static () => new ResourceResponse(), "UpdateActivity", cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, serviceUrl,
            $"v3/conversations/{Segment(conversationId)}/activities/{ConnectorUri.Segment(activityId, nameof(activityId))}",
            conversationId, null, Json.ResourceResponse, static () => new ResourceResponse(), "DeleteActivity", cancellationToken);

    /// <summary>One page of the roster; Teams takes page sizes of 50–500 and returns a continuation token while more remain.</summary>
    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize = null,
        string? continuationToken = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, serviceUrl,
            $"v3/conversations/{Segment(conversationId)}/pagedmembers{PagingQuery(pageSize, continuationToken)}",
            conversationId, null, Json.PagedMembersResult, static () => new PagedMembersResult(), "GetPagedMembers", cancellationToken);

    public Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, serviceUrl, $"v3/teams/{ConnectorUri.Segment(teamId, nameof(teamId))}",
            teamId, null, Json.TeamDetails, static () => new TeamDetails(), "GetTeamDetails", cancellationToken);

    public Task<ConversationList> GetChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, serviceUrl, $"v3/teams/{ConnectorUri.Segment(teamId, nameof(teamId))}/conversations",
            teamId, null, Json.ConversationList, static () => new ConversationList(), "GetChannels", cancellationToken);

    private static string Segment(string conversationId) => ConnectorUri.Segment(conversationId, nameof(conversationId));

    private static string PagingQuery(int? pageSize, string? continuationToken)
    {
        var parts = new List<string>(2);
        if (pageSize is { } size)
        {
            parts.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            parts.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    // Buffered rather than streamed so that a retried request sends the same bytes with a Content-Length.
    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        // Written as it is: a parsed header value would be built and formatted again for every send.
        content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        return content;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string relativePath, string? rateLimitKey,
        HttpContent? content, JsonTypeInfo<T> responseType, Func<T> whenEmpty, string operation, CancellationToken cancellationToken,
        RateLimitLease? firstPermit = null)
    {
        using var request = new HttpRequestMessage(method, ConnectorUri.For(serviceUrl, relativePath)) { Content = content };
        request.Options.Set(ConnectorResilienceHandler.ConversationKey, rateLimitKey);
        if (firstPermit is not null)
        {
            request.Options.Set(ConnectorResilienceHandler.FirstPermitKey, firstPermit);
        }

        using var response = await TransmitAsync(request, operation, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, method, operation, cancellationToken).ConfigureAwait(false);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return body.Length == 0 ? whenEmpty() : JsonSerializer.Deserialize(body, responseType) ?? whenEmpty();
    }

    private async Task<HttpResponseMessage> TransmitAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.Unreachable(logger, request.Method.Method, operation, ex);
            throw new ConnectorException(ConnectorErrorKind.Unavailable, null, null,
                $"Bot Connector {operation} got no answer.", ex);
        }
    }

    private async Task<ConnectorException> FailureAsync(HttpResponseMessage response, HttpMethod method, string operation,
        CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        ConnectorLog.CallFailed(logger, method.Method, operation, status, error?.Code);
        var detail = error?.Message is { Length: > 0 } message ? $": {message}" : "";
        return new ConnectorException(ConnectorException.KindOf(response.StatusCode), response.StatusCode, error?.Code,
            $"Bot Connector {operation} failed with {status} {error?.Code}{detail}".TrimEnd());
    }

    private static async Task<ErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, Json.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            // Proxies and gateways answer errors in HTML; the status alone still classifies the failure.
            return null;
        }
    }
}
