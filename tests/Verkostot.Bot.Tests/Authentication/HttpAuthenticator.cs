using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Protocol;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>
/// What Teams does: POST an activity naming <c>channelId</c> and <c>serviceUrl</c> with an <c>Authorization</c>
/// header to /api/messages. The outcome is the HTTP status, the claims let through, and the logged reason.
/// </summary>
internal sealed class HttpAuthenticator(AuthenticatorHost host)
{
    private const string RejectionLine = "Rejected an inbound Bot Framework request";

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        var client = await host.ClientAsync();
        var logged = host.Logs.Entries.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Path)
        {
            Content = new StringContent(Activity(channelId, serviceUrl).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorizationHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorizationHeader);
        }

        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => AuthenticationOutcome.Accepted(Identity(JsonNode.Parse(body)!)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Rejected(response.StatusCode, body, logged),
            var other => throw new InvalidOperationException($"Unexpected {(int)other} from /api/messages: {body}"),
        };
    }

    private AuthenticationOutcome Rejected(HttpStatusCode status, string body, int loggedBefore)
    {
        // A refusal tells the caller nothing but its status.
        Assert.Empty(body);
        var line = host.Logs.Entries.Skip(loggedBefore)
            .LastOrDefault(e => e.Level == LogLevel.Warning && e.Message.StartsWith(RejectionLine, StringComparison.Ordinal));
        RejectionReason? reason = line?.Message is { } message
            ? Enum.Parse<RejectionReason>(message[(message.LastIndexOf(':') + 1)..].Trim())
            : null;
        return status == HttpStatusCode.Unauthorized
            ? AuthenticationOutcome.Unauthorized(reason)
            : AuthenticationOutcome.Forbidden(reason);
    }

    private static JsonObject Activity(string? channelId, string? serviceUrl)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = "a:authentication-test" },
            ["text"] = "moi",
        };
        if (channelId is not null)
        {
            activity["channelId"] = channelId;
        }

        return activity;
    }

    private static ClaimsIdentity Identity(JsonNode answer)
    {
        var claims = answer["claims"]!.AsArray()
            .Select(c => new Claim(c!["type"]!.GetValue<string>(), c["value"]!.GetValue<string>()));
        return answer["authenticated"]!.GetValue<bool>()
            ? new ClaimsIdentity(claims, BotConnectorAuthentication.Scheme)
            : new ClaimsIdentity(claims);
    }
}
