using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// The Bot Framework's additions to plain JWT bearer validation: the token is screened before any key is looked up,
/// a token from the bot's own Entra tenant must carry that tenant, the signing key must be endorsed for the activity's
/// channel, and every refusal is logged with its reason — never with the token, never in the response.
/// </summary>
internal sealed class BotJwtBearerEvents(
    IOptions<BotOptions> botOptions,
    BotConnectorMetadata metadata,
    ILogger<BotJwtBearerEvents> logger) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (BearerToken.TryExtract(context.Request.Headers.Authorization.ToString(), out var token, out _))
        {
            if (BearerToken.Screen(token) is { } reason)
            {
                context.Fail(new BotTokenRejectedException(reason));
            }
            else
            {
                context.Token = token;
            }
        }

        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var token = (JsonWebToken)context.SecurityToken;
        if (IsEntraTokenOfAnotherTenant(token))
        {
            context.Fail(new BotTokenRejectedException(RejectionReason.Tenant));
            return;
        }

        // A body that is no activity is answered 400 by the authorization step, which needs the activity too.
        if ((await context.HttpContext.ReadInboundActivityAsync()).Activity is not { } activity)
        {
            return;
        }

        var configuration = await metadata.Manager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        if (!SigningKeyEndorsements.Endorses(configuration, token.SigningKey?.KeyId ?? token.Kid, activity.ChannelId))
        {
            context.Fail(new BotTokenRejectedException(RejectionReason.Endorsement));
        }
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        var reason = Classify(context.AuthenticateFailure, context.Request.Headers.Authorization.ToString());
        // A genuine token whose key does not vouch for this channel: known caller, refused activity.
        var status = reason == RejectionReason.Endorsement ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        // The exception's type says which check refused; its message could quote the token, so it stays out.
        AuthenticationLog.Rejected(logger, status, context.AuthenticateFailure?.GetType().Name ?? "no token", reason);
        if (status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            context.HandleResponse();
        }

        return Task.CompletedTask;
    }

    private bool IsEntraTokenOfAnotherTenant(JsonWebToken token) =>
        BotTokenIssuers.IsEntraIssuer(token.Issuer, botOptions.Value)
        && token.TryGetPayloadValue<string>(BotConnectorAuthentication.TenantClaim, out var tenant)
        && !string.Equals(tenant, BotTokenIssuers.TenantOf(botOptions.Value), StringComparison.OrdinalIgnoreCase);

    private RejectionReason Classify(Exception? failure, string authorizationHeader) => failure switch
    {
        null => BearerToken.TryExtract(authorizationHeader, out _, out var missing) ? RejectionReason.Malformed : missing,
        BotTokenRejectedException rejected => rejected.Reason,
        SecurityTokenInvalidIssuerException => RejectionReason.Issuer,
        SecurityTokenInvalidAudienceException => RejectionReason.Audience,
        SecurityTokenExpiredException or SecurityTokenNotYetValidException
            or SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => RejectionReason.Lifetime,
        SecurityTokenInvalidAlgorithmException => RejectionReason.Algorithm,
        SecurityTokenSignatureKeyNotFoundException =>
            metadata.HasKeys ? RejectionReason.SigningKey : RejectionReason.KeysUnavailable,
        SecurityTokenInvalidSignatureException => RejectionReason.Signature,
        _ => ReasonFromClaims(authorizationHeader) ?? RejectionReason.Malformed,
    };

    // The library may wrap a refusal (after a metadata refresh and a retry with the last known good configuration)
    // in an exception that no longer names the check; the token's own claims still say which one it failed.
    private RejectionReason? ReasonFromClaims(string authorizationHeader)
    {
        if (!BearerToken.TryExtract(authorizationHeader, out var raw, out _) || BearerToken.Screen(raw) is not null)
        {
            return null;
        }
        var token = new JsonWebToken(raw);
        if (!BotTokenIssuers.For(botOptions.Value).Contains(token.Issuer, StringComparer.Ordinal))
        {
            return RejectionReason.Issuer;
        }
        return token.Audiences.Contains(botOptions.Value.MicrosoftAppId, StringComparer.Ordinal) ? null : RejectionReason.Audience;
    }
}
