using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Connector;
using Verkostot.Core.Conversations;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Targets;

/// <summary>
/// The real bot (Program, every registration) on Kestrel at 127.0.0.1, Production environment, JWT validation on
/// against the loopback OpenID server, a temp SQLite file. Only the outbound token differs: Azure.Identity cannot get
/// one offline, so a fixed token stands in for it.
/// </summary>
public sealed class InProcessBot : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly int _port = LoopbackPort.Free();

    private readonly bool _skipUpserts;

    public InProcessBot(string openIdMetadataUrl, string databaseFile, bool skipUpserts = false)
    {
        _skipUpserts = skipUpserts;
        _settings = BenchSettings.Common(databaseFile);
        _settings["MicrosoftAppId"] = BenchSettings.AppId;
        // SingleTenant, the default, needs the bot's tenant (since 4.12); the outbound token is fixed anyway.
        _settings["MicrosoftAppTenantId"] = BenchSettings.TenantId;
        _settings["MicrosoftAppPassword"] = "unused-the-outbound-token-is-fixed";
        _settings["OpenIdMetadataUrl"] = openIdMetadataUrl;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
    }

    public Uri Endpoint => new($"http://127.0.0.1:{_port}/api/messages");

    /// <summary>Durations (ms) of the conversation reference upserts since the last call.</summary>
    public double[] TakeUpsertTimings()
    {
        var taken = new List<double>();
        while (_upserts.TryDequeue(out var ms))
        {
            taken.Add(ms);
        }
        return [.. taken];
    }

    private readonly ConcurrentQueue<double> _upserts = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotToken("outbound-bench-token"));
            TimeUpserts(services);
        });
    }

    // The bot's own store, built as the bot registered it, inside a timing wrapper.
    private void TimeUpserts(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IConversationReferenceStore));
        var implementation = registered.ImplementationType
            ?? throw new InvalidOperationException("The conversation reference store is expected to be registered by type.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(IConversationReferenceStore),
            sp => new TimedConversationReferenceStore((IConversationReferenceStore)ActivatorUtilities.CreateInstance(sp, implementation), _upserts, _skipUpserts),
            registered.Lifetime));
    }

    private sealed class FixedBotToken(string token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
