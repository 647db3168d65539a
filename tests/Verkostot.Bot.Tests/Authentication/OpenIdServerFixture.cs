using Verkostot.Testing.Tokens;


namespace Verkostot.Bot.Tests.Authentication;

/// <summary>One fake metadata server per test class, publishing a Teams-endorsed key and a Web Chat-only key.</summary>
public sealed class OpenIdServerFixture : IAsyncLifetime
{
    public TestTokensKey TeamsKey { get; } = TestTokensKey.Generate("teams-key", "msteams", "skype");
    public TestTokensKey WebChatKey { get; } = TestTokensKey.Generate("webchat-key", "webchat");
    public FakeOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenIdServer.StartAsync(TeamsKey, WebChatKey);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
