using Verkostot.Bot.Authentication;

namespace Verkostot.Bot.Tests.Authentication;

public sealed class ServiceUrlMatchTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea")]
    [InlineData("https://smba.trafficmanager.net/emea/", "HTTPS://SMBA.trafficmanager.NET/emea/")]
    [InlineData("https://smba.trafficmanager.net:443/emea", "https://smba.trafficmanager.net/emea/")]
    public void AreSame_EquivalentUrls_True(string claimed, string actual) =>
        Assert.True(ServiceUrlMatch.AreSame(claimed, actual));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/EMEA/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.attacker.example/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/x")]
    [InlineData("https://smba.trafficmanager.net/emea/", null)]
    [InlineData(null, "https://smba.trafficmanager.net/emea/")]
    [InlineData("not a url", "not a url")]
    public void AreSame_DifferentOrMissingUrls_False(string? claimed, string? actual) =>
        Assert.False(ServiceUrlMatch.AreSame(claimed, actual));
}
