using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// Validates the Bot Connector's bearer token the way the Bot Framework's connector-to-bot protocol requires:
/// issuer, audience (our app id), lifetime, RSA signature by a published key, that key's endorsement of the
/// activity's channel, and the token's <c>serviceurl</c> claim against the activity's <c>serviceUrl</c>.
/// </summary>
internal sealed class BotRequestAuthenticator(
    IOptions<BotOptions> botOptions,
    IOptions<BotAuthenticationOptions> authOptions,
    SigningKeyCache signingKeys,
    TimeProvider time,
    ILogger<BotRequestAuthenticator> logger) : IBotRequestAuthenticator
{
    internal const string ServiceUrlClaim = "serviceurl";
    internal const string TenantClaim = "tid";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Claim names stay as the token spells them (aud, iss, serviceurl), not mapped to SOAP-era URIs.
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    private readonly IReadOnlyList<string> validIssuers = BotTokenIssuers.For(botOptions.Value);

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        if (botOptions.Value.IsDeveloperMode)
        {
            return AuthenticationOutcome.Accepted(new ClaimsIdentity());
        }

        var outcome = await ValidateAsync(authorizationHeader, channelId, serviceUrl, ct);
        if (outcome.Reason is { } reason)
        {
            AuthenticationLog.Rejected(logger, outcome.Status, reason);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> ValidateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        if (!BearerToken.TryExtract(authorizationHeader, out var raw, out var headerFailure))
        {
            return AuthenticationOutcome.Unauthorized(headerFailure);
        }

        if (Read(raw) is not { } token)
        {
            return AuthenticationOutcome.Unauthorized(RejectionReason.Malformed);
        }

        // Checked before any key lookup so that 'none' and HMAC tokens never reach signature validation.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Unauthorized(RejectionReason.Algorithm);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Unauthorized(RejectionReason.SigningKey);
        }

        var key = await signingKeys.FindAsync(token.Kid, ct);
        if (key is null)
        {
            return AuthenticationOutcome.Unauthorized(
                signingKeys.HasKeys ? RejectionReason.SigningKey : RejectionReason.KeysUnavailable);
        }

        var result = await Handler.ValidateTokenAsync(token, ParametersFor(key));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Unauthorized(Classify(result.Exception));
        }

        return CheckActivityBinding(token, key, channelId, serviceUrl)
            ?? AuthenticationOutcome.Accepted(result.ClaimsIdentity);
    }

    private AuthenticationOutcome? CheckActivityBinding(
        JsonWebToken token, EndorsedSigningKey key, string? channelId, string? serviceUrl)
    {
        if (BotTokenIssuers.IsEntraIssuer(token.Issuer, botOptions.Value)
            && token.TryGetPayloadValue<string>(TenantClaim, out var tenant)
            && !string.Equals(tenant, BotTokenIssuers.TenantOf(botOptions.Value), StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized(RejectionReason.Tenant);
        }

        if (!key.Endorses(channelId))
        {
            return AuthenticationOutcome.Forbidden(RejectionReason.Endorsement);
        }

        token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl);
        return ServiceUrlMatch.AreSame(claimedServiceUrl, serviceUrl)
            ? null
            : AuthenticationOutcome.Forbidden(RejectionReason.ServiceUrl);
    }

    private TokenValidationParameters ParametersFor(EndorsedSigningKey key) => new()
    {
        ValidIssuers = validIssuers,
        ValidAudience = botOptions.Value.MicrosoftAppId,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ClockSkew = authOptions.Value.ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    // The library's own lifetime check reads the system clock; this one reads the injected TimeProvider.
    private bool IsWithinLifetime(
        DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        return expires is { } exp
            && now <= exp.ToUniversalTime() + skew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }

    private static JsonWebToken? Read(string raw)
    {
        try
        {
            return new JsonWebToken(raw);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    private static RejectionReason Classify(Exception? failure) => failure switch
    {
        SecurityTokenInvalidIssuerException => RejectionReason.Issuer,
        SecurityTokenInvalidAudienceException => RejectionReason.Audience,
        SecurityTokenExpiredException or SecurityTokenNotYetValidException
            or SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => RejectionReason.Lifetime,
        SecurityTokenInvalidAlgorithmException => RejectionReason.Algorithm,
        SecurityTokenSignatureKeyNotFoundException => RejectionReason.SigningKey,
        SecurityTokenInvalidSignatureException => RejectionReason.Signature,
        _ => RejectionReason.Malformed,
    };
}
