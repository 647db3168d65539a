using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Chat;

/// <summary>A question goes through core's QuestionAnswering: the catalog finds the Team's network, the log counts it.</summary>
public sealed class MessageHandlerTests
{
    [Fact]
    public async Task Message_QuestionInABoundTeam_AnsweredAboutItsNetworkAndCountedWithoutTheText()
    {
        var logs = new CapturedLogs();
        await using var host = await BotTestHost.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));

        await host.PostAsync(host.ChannelMessage("kuka on verkostovastaava"));
        var reply = await host.ReplyInAsync(TestActivities.ChannelConversationId);

        Assert.Contains("Iira Ainiala", reply.Body);
        Assert.Contains(logs.Entries, e => e.Message == "Question answered: Found in Finnish, network pienet-kunnat");
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("verkostovastaava", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Message_QuestionInPersonalChat_CountedWithoutANetworkOfTheConversation()
    {
        var logs = new CapturedLogs();
        await using var host = await BotTestHost.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var activity = host.PersonalMessage("vem är ordförande för nätverket för små kommuner", locale: "sv-FI");

        await host.PostAsync(activity);
        await host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Contains(logs.Entries, e => e.Message == "Question answered: Found in Swedish, network pienet-kunnat");
    }
}
