using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Logging;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>A handler that fails does not leave the person in silence.</summary>
public sealed class HandlerFailureTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(services: services =>
    {
        services.AddRoutes([FailingCommand.Route]);
        services.AddSingleton<ILoggerProvider>(_logs);
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("fi-FI", "Pahoittelut, jokin meni vikaan. Yritä hetken päästä uudelleen.")]
    [InlineData("sv-FI", "Förlåt, något gick fel. Försök igen om en stund.")]
    [InlineData("en-US", "Sorry, something went wrong. Please try again in a moment.")]
    public async Task Message_HandlerThrows_PersonGetsAnApologyInTheirLanguage(string locale, string apology)
    {
        var activity = _host.PersonalMessage(FailingCommand.Text, locale: locale);

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(Answers.ConversationOf(activity));

        Assert.Equal(apology, reply.Text);
        Assert.EndsWith($"/activities/{Answers.IdOf(activity)}", reply.Path);
    }

    [Fact]
    public async Task Message_HandlerThrows_FailureIsLoggedWithTheActivityIdAndNoTextOrName()
    {
        var activity = _host.PersonalMessage($"{FailingCommand.Text} Juha Herrala");
        activity["from"]!["name"] = "Iira Ainiala";

        await _host.PostAsync(activity);
        await _host.ReplyInAsync(Answers.ConversationOf(activity));

        var failure = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("failed", StringComparison.Ordinal));
        Assert.Contains(Answers.IdOf(activity), failure.Message);
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("Herrala", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("Ainiala", StringComparison.OrdinalIgnoreCase) || e.Message.Contains(FailingCommand.Text, StringComparison.Ordinal));
    }

}
