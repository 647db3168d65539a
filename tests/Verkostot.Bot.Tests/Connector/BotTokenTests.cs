using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Connector;

public sealed class BotTokenTests
{
    private static readonly Dictionary<string, string?> ProductionIdentity = new()
    {
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000aa",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    [Fact]
    public async Task Send_DeveloperMode_AttachesNoAuthorization()
    {
        await using var h = await ConnectorHarness.StartAsync();

        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei"));

        Assert.Null(Assert.Single(h.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task AddConnector_DeveloperMode_CreatesNoCredential()
    {
        await using var h = await ConnectorHarness.StartAsync();

        Assert.IsType<DeveloperModeTokenProvider>(h.Services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public async Task AddConnector_AppIdAndPassword_UsesACachingCredentialProvider()
    {
        await using var h = await ConnectorHarness.StartAsync(ProductionIdentity);

        Assert.IsType<CredentialTokenProvider>(h.Services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public async Task Send_WithAppId_AttachesTheBearerToken()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var credential = new FakeTokenCredential(clock);
        await using var h = await ConnectorHarness.StartAsync(ProductionIdentity,
            s => s.AddSingleton<IBotTokenProvider>(new CredentialTokenProvider(credential, clock)));

        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei"));

        Assert.Equal("Bearer token-1", Assert.Single(h.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_SeveralCalls_ReuseOneTokenUntilNearExpiry()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var credential = new FakeTokenCredential(clock);
        await using var h = await ConnectorHarness.StartAsync(ProductionIdentity,
            s => s.AddSingleton<IBotTokenProvider>(new CredentialTokenProvider(credential, clock)));

        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:1", OutgoingActivity.Message("1"));
        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:2", OutgoingActivity.Message("2"));
        clock.Advance(TimeSpan.FromMinutes(56));
        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:3", OutgoingActivity.Message("3"));

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], h.Connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Send_RetriedRequest_CarriesTheTokenEveryTime()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var h = await ConnectorHarness.StartAsync(ProductionIdentity,
            s => s.AddSingleton<IBotTokenProvider>(new CredentialTokenProvider(new FakeTokenCredential(clock), clock)));
        h.Connector.Enqueue(FakeResponseFor.ServerError);

        await h.Client.SendToConversationAsync(h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei"));

        Assert.Equal(["Bearer token-1", "Bearer token-1"], h.Connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public void Create_Password_IsAClientSecretCredential()
    {
        var credential = BotCredentialFactory.Create(new BotOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = "t1" });

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Fact]
    public void Create_UserAssignedMsi_IsAManagedIdentityCredential()
    {
        var credential = BotCredentialFactory.Create(new BotOptions { MicrosoftAppId = "app", MicrosoftAppType = "UserAssignedMSI" });

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void Create_NoSecretNoCertificate_ExplainsWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t1" }));

        Assert.Contains("MicrosoftAppPassword", error.Message);
    }

    [Fact]
    public void TenantOf_MultiTenant_IsBotFramework()
    {
        Assert.Equal("botframework.com", BotCredentialFactory.TenantOf(new BotOptions { MicrosoftAppId = "app", MicrosoftAppType = "MultiTenant", MicrosoftAppTenantId = "t1" }));
    }

    [Fact]
    public void TenantOf_SingleTenant_IsTheAppTenant()
    {
        Assert.Equal("t1", BotCredentialFactory.TenantOf(new BotOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "t1" }));
    }

    [Fact]
    public void TenantOf_SingleTenantWithoutTenantId_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.TenantOf(new BotOptions { MicrosoftAppType = "SingleTenant" }));
    }

    // Why start-up checks AuthorityHost (BotCredentialValidator): Azure.Identity refuses an http authority with a
    // message that does not name the setting.
    [Fact]
    public void Create_HttpAuthorityHost_IsRefusedByAzureIdentity()
    {
        Assert.ThrowsAny<ArgumentException>(() => BotCredentialFactory.Create(new BotOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "t1",
            AuthorityHost = "http://127.0.0.1:1/",
        }));
    }
}
