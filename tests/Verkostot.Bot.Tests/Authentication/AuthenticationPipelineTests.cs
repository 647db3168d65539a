using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>
/// The web app's OpenID Connect sign-in (configured whenever the bot has an Entra app) looks only at the web app's
/// requests, not at Teams' messages: building its options loads several MB of libraries.
/// </summary>
public sealed class AuthenticationPipelineTests : IAsyncLifetime
{
    private readonly SignInOptionsBuilt _built = new();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotTestHost.StartAuthenticatedAsync(services: services => services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>>(_built));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TeamsMessage_EntraSignInConfigured_AnsweredWithoutBuildingTheSignIn()
    {
        var message = _host.PersonalMessage("kuka on puheenjohtaja");

        using var response = await _host.PostAsync(message, _host.MintToken());
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(0, _built.Count);
    }

    [Fact]
    public async Task WebAppRequest_EntraSignInConfigured_OfferedToTheSignIn()
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/hallinta");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, _built.Count);
    }

    private sealed class SignInOptionsBuilt : IPostConfigureOptions<OpenIdConnectOptions>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void PostConfigure(string? name, OpenIdConnectOptions options)
        {
            if (name == AdministrationSchemes.OpenIdConnect)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
