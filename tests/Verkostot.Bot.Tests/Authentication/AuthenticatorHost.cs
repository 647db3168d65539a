using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Authentication;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>The authenticator as the application registers it, against a fake metadata server and a manual clock.</summary>
internal sealed class AuthenticatorHost : IDisposable
{
    private readonly ServiceProvider provider;

    private AuthenticatorHost(ServiceProvider provider, CapturedLogs logs)
    {
        this.provider = provider;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IBotRequestAuthenticator Authenticator => provider.GetRequiredService<IBotRequestAuthenticator>();

    public IServiceProvider Services => provider;

    public static AuthenticatorHost Create(
        string? metadataUrl,
        TimeProvider clock,
        IDictionary<string, string?>? settings = null,
        string environment = "Production")
    {
        var values = new Dictionary<string, string?> { ["MicrosoftAppId"] = TestTokens.AppId };
        if (metadataUrl is not null)
        {
            values["OpenIdMetadataUrl"] = metadataUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton(clock);
        services.AddBotAuthentication(configuration, new HostingEnvironment { EnvironmentName = environment });
        return new AuthenticatorHost(services.BuildServiceProvider(), logs);
    }

    public void Dispose() => provider.Dispose();
}
