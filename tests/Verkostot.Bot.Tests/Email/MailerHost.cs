using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Email;
using Verkostot.Core.Email;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Email;

/// <summary>The bot's mailer (<see cref="EmailServiceCollectionExtensions.AddEmail"/>) against <see cref="FakeGraph"/>, through the real Graph SDK.</summary>
public sealed class MailerHost : IAsyncDisposable
{
    public const string Mailbox = "verkostot@kuntaliitto.fi";

    private MailerHost(FakeGraph graph, ServiceProvider services)
    {
        Graph = graph;
        Services = services;
    }

    public FakeGraph Graph { get; }
    public ServiceProvider Services { get; }
    public IMailer Mailer => Services.GetRequiredService<IMailer>();

    public static async Task<MailerHost> StartAsync(string mailbox = Mailbox, IDictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraph.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = mailbox,
            ["Verkostot:PublicBaseUrl"] = "https://verkostot.test/",
            ["Verkostot:LinkSigningKey"] = "mailer-host-link-signing-key-0123456789abcdef",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<Verkostot.Bot.Configuration.VerkostotOptions>().Bind(configuration.GetSection("Verkostot"));
        services.AddEmail(configuration);
        services.AddSingleton<IEmailRenderer, AnnouncementEmailRenderer>();
        return new MailerHost(graph, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
