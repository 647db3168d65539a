using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Testing.Tokens;

/// <summary>What a minted token says; every default is what the genuine Bot Connector would send.</summary>
public sealed record TestTokensSpec
{
    public string Issuer { get; init; } = TestTokens.BotFrameworkIssuer;
    public string Audience { get; init; } = TestTokens.AppId;
    public string? ServiceUrl { get; init; } = TestTokens.ServiceUrl;
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
    public bool WithKid { get; init; } = true;
    public IReadOnlyDictionary<string, object> ExtraClaims { get; init; } = new Dictionary<string, object>();
}
