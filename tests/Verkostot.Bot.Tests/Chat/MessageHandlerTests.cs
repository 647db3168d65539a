using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Testing.Logging;

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

    [Fact]
    public async Task Message_MyRoleFromAKnownAsker_AnsweredForThemByTheirEntraObjectId()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = host.PersonalMessage("mikä on minun roolini", TestActivities.ChairAad);

        await host.PostAsync(activity);
        var reply = await host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Contains("Sinun roolisi", reply.Body);
        Assert.Contains("Juha Herrala", reply.Body);
        Assert.Contains("Puheenjohtaja", reply.Body);
    }

    [Fact]
    public async Task Message_MyRoleFromAnUnknownAsker_SaysSoAndNamesTheCoordinator()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = host.PersonalMessage("mikä on minun roolini", "11111111-2222-3333-4444-555555555555");

        await host.PostAsync(activity);
        var reply = await host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Contains("En tunnista sinua", reply.Body);
        Assert.Contains("Iira Ainiala", reply.Body);
    }

    [Fact]
    public async Task Message_AmIRegistered_ReadsTheAskersOwnAnswerFromTheDatabase()
    {
        await using var host = await BotTestHost.StartAsync();
        var catalog = await host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var meeting = catalog.NextMeeting("pienet-kunnat", host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), MeetingKind.PresidiumMeeting)!;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
        {
            db.Add(new MeetingAttendance { MeetingId = meeting.Id, PersonId = "juha-herrala", Answer = AttendanceAnswer.Attending, AnsweredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var activity = host.PersonalMessage("olenko ilmoittautunut", TestActivities.ChairAad);

        await host.PostAsync(activity);
        var reply = await host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Contains("olet ilmoittautunut: osallistut", reply.Body);
    }
}
