using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.GraphAccess;

namespace Verkostot.Bot.Tests.Email;

/// <summary>/health/ready while Graph refuses a feature: Degraded (messages still go where they can), and Healthy again after a success.</summary>
public sealed class GraphAccessHealthTests
{
    [Fact]
    public async Task Ready_EmailRefusedThenWorkingAgain_DegradedNamingTheFixThenHealthy()
    {
        await using var host = await BotTestHost.StartAsync();
        var monitor = host.Services.GetRequiredService<GraphAccessMonitor>();
        using var client = host.CreateClient();

        await monitor.RefusedAsync(GraphFeature.Email, GraphAccessProblem.ConsentMissing, networkId: "ei-verkostoa", CancellationToken.None);
        var refused = await CheckAsync(client);
        await monitor.WorkingAsync(GraphFeature.Email, CancellationToken.None);
        var working = await CheckAsync(client);

        Assert.Equal("Degraded", refused.GetProperty("status").GetString());
        Assert.Contains("Mail.Send", refused.GetProperty("description").GetString());
        Assert.Equal("Healthy", working.GetProperty("status").GetString());
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "graph-access").Clone();
    }
}
