using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// Configures the <see cref="BotConnectorAuthentication.Scheme"/> JWT bearer scheme the way the Bot Framework's
/// connector-to-bot protocol requires: issuer, audience (our app id), lifetime and an RSA signature by a key from the
/// OpenID metadata. The key's endorsement of the activity's channel is checked in <see cref="BotJwtBearerEvents"/>.
/// </summary>
internal sealed class BotJwtBearerSetup(
    IOptions<BotOptions> botOptions,
    IOptions<BotAuthenticationOptions> authOptions,
    BotConnectorMetadata metadata,
    TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == BotConnectorAuthentication.Scheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        options.ConfigurationManager = metadata.Manager;
        options.RefreshOnIssuerKeyNotFound = true;
        // The reason of a refusal goes to the log, never to the caller.
        options.IncludeErrorDetails = false;
        options.MapInboundClaims = false;
        options.TokenHandlers.Clear();
        // Claim names stay as the token spells them (aud, iss, serviceurl), not mapped to SOAP-era URIs.
        options.TokenHandlers.Add(new CachingJsonWebTokenHandler(time) { MapInboundClaims = false, MaximumTokenSizeInBytes = BearerToken.MaxLength });
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = BotTokenIssuers.For(botOptions.Value),
            ValidAudience = botOptions.Value.MicrosoftAppId,
            ValidAlgorithms = BearerToken.AllowedAlgorithms,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ClockSkew = authOptions.Value.ClockSkew,
            LifetimeValidator = IsWithinLifetime,
        };
        options.EventsType = typeof(BotJwtBearerEvents);
    }

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
}
