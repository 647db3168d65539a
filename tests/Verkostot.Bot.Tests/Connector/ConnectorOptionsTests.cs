using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Connector;

namespace Verkostot.Bot.Tests.Connector;

public sealed class ConnectorOptionsTests
{
    [Fact]
    public async Task AddConnector_BindsTheConnectorSection()
    {
        await using var h = await ConnectorHarness.StartAsync(new() { ["Connector:AppPermitsPerSecond"] = "12" });

        Assert.Equal(12, h.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value.AppPermitsPerSecond);
    }

    [Theory]
    [InlineData("Connector:ConversationPermitsPerSecond", "0")]
    [InlineData("Connector:MaxRetryAttempts", "0")]
    [InlineData("Connector:RetryAfterCap", "-00:00:01")]
    public async Task AddConnector_OutOfRangeSetting_FailsValidation(string key, string value)
    {
        await using var h = await ConnectorHarness.StartAsync(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => h.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        Assert.Contains(key.Split(':')[1], error.Message);
    }

    [Fact]
    public void Defaults_FollowTeamsLimits()
    {
        var options = new ConnectorOptions();

        Assert.Equal((7, 60, 5), (options.ConversationPermitsPerSecond, options.ConversationPermitsPer30Seconds, options.MaxRetryAttempts + 1));
    }
}
