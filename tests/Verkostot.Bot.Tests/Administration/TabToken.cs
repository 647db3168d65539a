using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>What the tab's token says; every field not given is what a real Teams client sends for this app.</summary>
public sealed record TabToken(string Oid)
{
    public string Tenant { get; init; } = TestTokens.TenantId;
    public string? Audience { get; init; }
    public string? Issuer { get; init; }
    public string? Scope { get; init; } = "access_as_user";
    public string[]? Roles { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public TestTokensKey? Key { get; init; }
}
