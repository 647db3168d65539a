using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.DemoData;
using Verkostot.Core.Storage;
using Verkostot.Jobs.Reminders;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Logging;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Privacy;

/// <summary>
/// Everything the bot logs, at every level, while it answers questions, reminds the presidium (in Teams and by
/// e-mail), takes an RSVP, syncs the roster and sends an announcement: none of it — message, structured values or
/// exception text — may carry a demo person's name, id ("juha-herrala") or e-mail address, nor what anyone wrote.
/// </summary>
[Collection(HangfireClientCollection.Name)]
public sealed class PersonalDataInLogsTests
{
    private const string Mailbox = "verkostot@kuntaliitto.fi";
    private const string DemoGroupId = "00000000-0000-0000-0000-000000000031";
    private const string Secret = "Salainen viesti numero 4711";
    private const string GuestName = "Vieras Vierailija";
    private const string GuestMail = "vieras.vierailija@toinen.test";
    private static readonly string CoordinatorChat = TestActivities.PersonalConversationId(TestActivities.CoordinatorAad);
    private static readonly string ChairChat = TestActivities.PersonalConversationId(TestActivities.ChairAad);
    private static readonly string DeputyChat = TestActivities.PersonalConversationId(TestActivities.DeputyAad);

    /// <summary>Every demo person's id (made of the name), name, and the address each gets here (the demo data has none).</summary>
    private static readonly IReadOnlyList<(string Id, string Name, string Email)> DemoPeople = LoadDemoPeople();

    [Fact]
    public async Task QuestionsRemindersEmailRsvpAndRosterSync_LogNoNameAddressOrMessageText()
    {
        var logs = new CapturedLogs();
        // Tue 24.11.2026 9.05 in Helsinki: the 7-day reminder of the demo presidium meeting (ti 1.12.2026 klo 9.00) is due.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
        await using var graph = await FakeGraph.StartAsync();
        graph.AddMailbox(Mailbox);
        await using var host = await BotTestHost.StartAsync(Everything(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = Mailbox,
        }), services => services.AddSingleton<ILoggerProvider>(logs), time);
        await GiveEveryoneAnAddressAsync(host);
        graph.SetMembers(DemoGroupId,
        [
            .. DemoPeople.Take(6).Select((p, i) => new FakeUser($"20000000-0000-0000-0000-{i:D12}", p.Name, p.Email, p.Email, "kunnanjohtaja")),
            new FakeUser("30000000-0000-0000-0000-000000000001", GuestName, GuestMail, GuestMail, UserType: "Guest"),
        ]);

        foreach (var aad in new[] { TestActivities.CoordinatorAad, TestActivities.ChairAad, TestActivities.DeputyAad })
        {
            await host.PostAsync(host.PersonalMessage("moi", aad));
            await host.StoredPersonalChatAsync(aad);
        }
        foreach (var question in new[] { "kuka on puheenjohtaja", "kuka on Tarja Hosiasluoma", "kuka edustaa Itä-Suomea", Secret })
        {
            await host.PostAsync(host.PersonalMessage(question));
            await host.ReplyInAsync(CoordinatorChat, r => r.Body.Contains("attachments", StringComparison.Ordinal) || r.Body.Contains("\"text\"", StringComparison.Ordinal));
        }
        await host.PostAsync(host.ChannelMessage("kuka on varapuheenjohtaja"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);
        }
        var reminder = await host.ReplyInAsync(ChairChat, r => r.Body.Contains("rsvp.decline", StringComparison.Ordinal));
        await host.PostAsync(Decline(host, reminder));
        await host.ReplyInAsync(DeputyChat, r => r.Body.Contains("rsvp.decline", StringComparison.Ordinal));
        Assert.NotEmpty(graph.Mail); // members without a Teams chat got the reminder by e-mail

        await host.PostAsync(host.PersonalMessage("synkronoi jäsenet"));
        await host.ReplyInAsync(CoordinatorChat, r => CardStrings.Of(r.Body).Contains("liittyneitä", StringComparison.Ordinal));

        AssertNothingPersonal(logs);
    }

    [Fact]
    public async Task Announcement_FormPreviewAndSend_LogNoNameOrText()
    {
        const string formCardId = "form-card-1";
        const string title = "Tiedote Juha Herralalta";
        var logs = new CapturedLogs();
        await using var host = await BotTestHost.StartAsync(Everything(new Dictionary<string, string?>
        {
            ["Announcements:ReportInterval"] = "00:00:00.100",
            ["Verkostot:PublicBaseUrl"] = "https://verkostot.test",
        }), services => services.AddSingleton<ILoggerProvider>(logs), ManualClock.Running());
        host.Connector.When(r => r.Method == "POST" && r.ConversationId == CoordinatorChat && r.Body.Contains("Uusi tiedote", StringComparison.Ordinal),
            FakeResponse.Json($$"""{"id":"{{formCardId}}"}"""));
        foreach (var aad in new[] { TestActivities.ChairAad, TestActivities.DeputyAad })
        {
            await host.PostAsync(host.PersonalMessage("moi", aad));
            await host.StoredPersonalChatAsync(aad);
        }
        await host.PostAsync(host.ChannelMessage("moi"));
        await host.StoredInTeamAsync(TestActivities.TeamId);

        await host.PostAsync(host.PersonalMessage("tiedote"));
        var form = CardJson.CardOf((await host.ReplyInAsync(CoordinatorChat, r => r.Body.Contains("Input.", StringComparison.Ordinal))).Json);
        var data = CardJson.ExecuteData(form, AnnouncementVerbs.Preview);
        (data["title"], data["text"], data["link"], data["audience"], data["when"], data["date"], data["time"]) =
            (title, Secret, "", "channelAndMembers", "now", "", "");
        var preview = (await host.InvokeAsync(host.CardAction(AnnouncementVerbs.Preview, data, formCardId))).GetProperty("value");
        await host.InvokeAsync(host.CardAction(AnnouncementVerbs.Send, CardJson.ExecuteData(preview, AnnouncementVerbs.Send), formCardId));
        await host.Connector.WaitForRequestAsync(r => r.Method == "PUT" && CardStrings.Of(r.Body).Contains("Lähetys valmis"), TimeSpan.FromSeconds(30));

        AssertNothingPersonal(logs, title);
    }

    private static void AssertNothingPersonal(CapturedLogs logs, params string[] alsoSecret)
    {
        // The whole entry, not only its message: exporters send the structured values and the exception's text too.
        var lines = logs.Entries.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Everything}").ToList();
        Assert.True(lines.Count > 50, $"only {lines.Count} lines were logged: is the capture at Trace level?");
        var forbidden = DemoPeople.SelectMany(p => new[] { p.Id, p.Name, p.Email })
            .Concat([Secret, GuestName, GuestMail, "kuka on Tarja Hosiasluoma", "kuka edustaa Itä-Suomea", .. alsoSecret]);
        var leaks = lines.SelectMany(line => forbidden.Where(f => line.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"'{f}' in: {line}")).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log lines carry personal data or message text:\n{string.Join("\n", leaks.Take(20))}");
    }

    /// <summary>Logging at every level, from every category.</summary>
    private static Dictionary<string, string?> Everything(Dictionary<string, string?> settings)
    {
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft"] = "Trace";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
        return settings;
    }

    private static async Task GiveEveryoneAnAddressAsync(BotTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        foreach (var (id, _, email) in DemoPeople)
        {
            await db.People.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, email));
        }
        scope.ServiceProvider.GetRequiredService<CatalogChangeSignal>().Changed();
    }

    private static JsonObject Decline(BotTestHost host, RecordedRequest reminder)
    {
        var card = CardJson.CardOf(reminder.Json);
        var data = CardJson.ExecuteData(card, "rsvp.decline");
        return host.CardAction("rsvp.decline", data, reminder.Json.TryGetProperty("id", out var id) ? id.GetString()! : "reminder-1", TestActivities.ChairAad);
    }

    private static List<(string Id, string Name, string Email)> LoadDemoPeople() =>
        [.. DemoDataSet.Load(TimeProvider.System).People.Select(p => (p.Id, p.Name, $"{p.Id.Replace('-', '.')}@kunta.test"))];
}
