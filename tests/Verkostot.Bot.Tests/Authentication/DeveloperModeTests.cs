using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>No MicrosoftAppId in Development: what the Emulator and the Agents Playground need.</summary>
public sealed class DeveloperModeTests : IDisposable
{
    private readonly AuthenticatorHost _host = AuthenticatorHost.Create(
        metadataUrl: null,
        new ManualClock(),
        new Dictionary<string, string?> { ["MicrosoftAppId"] = "" },
        environment: "Development");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AuthenticateAsync_DeveloperModeWithoutHeader_AcceptedAsAnonymous()
    {
        var outcome = await _host.Authenticator.AuthenticateAsync(null, "msteams", "http://127.0.0.1:56150/", CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
        Assert.False(outcome.Identity!.IsAuthenticated);
    }

    [Fact]
    public async Task StartAsync_DeveloperMode_LogsWarning()
    {
        foreach (var service in _host.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        var warning = Assert.Single(_host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("WITHOUT authentication", warning.Message);
    }
}
