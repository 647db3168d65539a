using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// The JWT handler with its successful validations remembered, keyed by the raw token: the Bot Connector sends the
/// same token with every activity for about an hour, and checking its RSA signature, issuer and audience again for
/// each one was most of what authentication cost. A remembered result is used only while the token is within its
/// lifetime (on the injected clock, with the configured skew), for at most <see cref="MaxRemembered"/>, and only
/// under the same OpenID configuration (a key rollover validates every token afresh). Refusals are never remembered.
/// </summary>
internal sealed class CachingJsonWebTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    /// <summary>How long a validation is trusted even if the token lives longer.</summary>
    public static readonly TimeSpan MaxRemembered = TimeSpan.FromMinutes(10);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Validated> _validated = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var configuration = await CurrentConfigurationAsync(validationParameters).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (configuration is not null && _validated.TryGetValue(token, out var known))
        {
            if (now < known.Until && ReferenceEquals(known.Configuration, configuration))
            {
                return known.Result;
            }
            _validated.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (configuration is not null && result.IsValid && result.SecurityToken is JsonWebToken jwt)
        {
            Remember(token, result, jwt, configuration, now, validationParameters.ClockSkew);
        }
        return result;
    }

    // Null when there is none to compare with (metadata unreachable): the library then validates, and refuses, as
    // it would without this cache.
    private static async Task<BaseConfiguration?> CurrentConfigurationAsync(TokenValidationParameters parameters)
    {
        if (parameters.ConfigurationManager is not { } manager)
        {
            return null;
        }
        try
        {
            return await manager.GetBaseConfigurationAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private void Remember(string token, TokenValidationResult result, JsonWebToken jwt, BaseConfiguration configuration,
        DateTimeOffset now, TimeSpan skew)
    {
        var expires = new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc)) + skew;
        var until = expires < now + MaxRemembered ? expires : now + MaxRemembered;
        if (_validated.Count >= MaxEntries)
        {
            _validated.Clear();
        }
        // The identity is made on first use; made now, before the result is shared between requests.
        _ = result.ClaimsIdentity;
        _validated[token] = new Validated(result, configuration, until);
    }

    private sealed record Validated(TokenValidationResult Result, BaseConfiguration Configuration, DateTimeOffset Until);
}
