namespace Verkostot.Testing.Graph;

/// <summary>One request as it reached the fake.</summary>
public sealed record FakeGraphRequest(string Method, string RawTarget, string Authorization, string Body, DateTimeOffset ReceivedAt)
{
    public string Target => Uri.UnescapeDataString(RawTarget);
}
