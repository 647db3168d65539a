using Azure.Core;

namespace Verkostot.Testing.Graph;

/// <summary>A credential that hands out a fixed token, or throws what the test sets (e.g. an expired secret's AuthenticationFailedException).</summary>
public sealed class StubCredential : TokenCredential
{
    public Exception? Failure { get; set; }
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        if (Failure is { } failure) throw failure;
        lock (Scopes) Scopes.AddRange(requestContext.Scopes);
        return new AccessToken("graph-token", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
