using System.Net;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>The web app outside Development: no developer sign-in, public pages still public.</summary>
public sealed class ProductionHostTests : IAsyncLifetime
{
    private WebAppHost _host = null!;

    public Task InitializeAsync()
    {
        _host = WebAppHost.Start("Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3b1f7a52-6c1e-4d2b-9a3f-0f4e5d6c7b8a",
            ["MicrosoftAppTenantId"] = "c0ffee00-1111-4222-8333-944445555666",
            ["MicrosoftAppPassword"] = "not-used",
            // Nothing leaves the machine, not even the warm-up's token and signing-key requests.
            ["AuthorityHost"] = "https://127.0.0.1:9/",
            ["OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
            ["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/",
            ["Verkostot:LinkSigningKey"] = new string('k', 40),
            ["Retention:AnswerMonths"] = "12",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task DeveloperSignIn_InProduction_DoesNotExist(string method)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/hallinta/kirjaudu/kehittaja?henkilo=iira-ainiala"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_InProduction_OffersMicrosoftSignInOnly()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

        var page = await client.GetStringAsync("/hallinta/kirjaudu");

        Assert.Contains("/hallinta/kirjaudu/selain", page);
        Assert.DoesNotContain("kehittaja", page);
    }

    [Theory]
    [InlineData("/tietosuoja", "Tietosuojaseloste")]
    [InlineData("/kayttoehdot", "Käyttöehdot")]
    public async Task PublicPages_WithoutSignIn_AreServed(string path, string heading)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

        var page = await client.GetStringAsync(path);

        Assert.Contains($"<h1>{heading}</h1>", page);
    }

    [Fact]
    public async Task PrivacyPage_RetentionConfigured_StatesTheConfiguredPeriods()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

        var page = await client.GetStringAsync("/tietosuoja");

        Assert.Contains("Vastaukset kokouskutsuihin poistetaan 12 kuukauden kuluttua", page);
        Assert.Contains("tiedotteet toimitustietoineen 24 kuukauden kuluttua", page);
    }
}
