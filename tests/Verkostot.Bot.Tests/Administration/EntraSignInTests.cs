using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Administration.SignIn;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>The web app's Entra settings default to the bot's own: its app, its public address, its authority.</summary>
public sealed class EntraSignInTests
{
    private const string AppId = "3b1f7a52-6c1e-4d2b-9a3f-0f4e5d6c7b8a";

    [Fact]
    public void From_OnlyPublicBaseUrl_TeamsSsoResourceUsesItsHost()
    {
        var signIn = EntraSignIn.From(Configuration(("Verkostot:PublicBaseUrl", "https://verkostot.example.fi/")));

        Assert.Contains($"api://verkostot.example.fi/{AppId}", signIn!.Audiences);
    }

    [Fact]
    public void From_PublicHostSet_WinsOverPublicBaseUrl()
    {
        var signIn = EntraSignIn.From(Configuration(
            ("Verkostot:PublicBaseUrl", "https://verkostot.example.fi/"), ("Hallinta:PublicHost", "hallinta.example.fi")));

        Assert.Contains($"api://hallinta.example.fi/{AppId}", signIn!.Audiences);
        Assert.DoesNotContain($"api://verkostot.example.fi/{AppId}", signIn.Audiences);
    }

    [Fact]
    public void From_AuthorityHostSet_InstanceIsThatHost()
    {
        var signIn = EntraSignIn.From(Configuration(("AuthorityHost", "https://login.microsoftonline.us/")));

        Assert.Equal("https://login.microsoftonline.us/", signIn!.Instance);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)).Append(new("MicrosoftAppId", AppId)))
        .Build();
}
