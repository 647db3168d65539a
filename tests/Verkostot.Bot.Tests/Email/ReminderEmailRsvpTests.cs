using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Meetings;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Jobs.Reminders;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Email;

/// <summary>
/// The presidium reminder by e-mail on the real host, for members the bot cannot reach in Teams: the reminder's
/// "En pääse" link asks, the page's button answers exactly as the card's button does (the deputy is invited, by
/// e-mail too), and the deputy answers from their own e-mail.
/// </summary>
public sealed class ReminderEmailRsvpTests : IAsyncLifetime
{
    private const string Mailbox = "verkostot@kuntaliitto.fi";
    // Tue 24.11.2026 9.05 in Helsinki: the 7-day reminder of the demo presidium meeting (ti 1.12.2026 klo 9.00) is due.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private FakeGraph _graph = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.AddMailbox(Mailbox);
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = Mailbox,
        }, time: _time);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        await db.People.Where(p => p.Id == "juha-herrala").ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "juha.herrala@isojoki.fi"));
        await db.People.Where(p => p.Id == "tarja-hosiasluoma").ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "tarja.hosiasluoma@karvia.fi"));
        scope.ServiceProvider.GetRequiredService<CatalogChangeSignal>().Changed();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task DeclineLink_MemberWithoutTeams_AsksThenAnswersAndTheDeputyIsInvitedByEmail()
    {
        await RunReminderSweepAsync();
        var reminder = MailTo("juha.herrala@isojoki.fi");
        using var client = _host.CreateClient();

        var decline = LinkIn(reminder, "En pääse");
        using var asked = await client.GetAsync(decline);
        var askedPage = await asked.Content.ReadAsStringAsync();
        var beforeConfirming = await AnswersAsync();
        using var answered = await client.PostAsync(decline, new FormUrlEncodedContent([new("confirm", "1")]));
        var answeredPage = await answered.Content.ReadAsStringAsync();

        Assert.Equal("Muistutus: puheenjohtajiston kokous ti 1.12.2026 klo 9.00", reminder.Subject);
        Assert.Contains("Osallistun: http", reminder.Text);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Vahvista vastauksesi", askedPage);
        Assert.Empty(beforeConfirming);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Kiitos tiedosta. Varajäsenesi Tarja Hosiasluoma kutsuttiin.", answeredPage);
        var invitation = MailTo("tarja.hosiasluoma@karvia.fi", "Kutsu varajäsenenä");
        Assert.StartsWith("Kutsu varajäsenenä: puheenjohtajiston kokous ti 1.12.2026 klo 9.00", invitation.Subject);
        Assert.Contains("Juha Herrala ei pääse kokoukseen. Pääsetkö sinä?", invitation.Text);
        Assert.Equal(AttendanceAnswer.NotAttending, (await AnswersAsync()).Single(a => a.PersonId == "juha-herrala").Answer);

        using var accepted = await client.PostAsync(LinkIn(invitation, "Osallistun"), new FormUrlEncodedContent([new("confirm", "1")]));

        Assert.Contains("Kiitos, merkitsin osallistumisesi varajäsenenä.", await accepted.Content.ReadAsStringAsync());
        var deputy = (await AnswersAsync()).Single(a => a.PersonId == "tarja-hosiasluoma");
        Assert.Equal((AttendanceAnswer.Attending, "juha-herrala"), (deputy.Answer, deputy.StandsInForPersonId));
        await using var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        var settled = await db.Set<ReminderMessage>()
            .Where(r => (r.PersonId == "juha-herrala" || r.PersonId == "tarja-hosiasluoma") && r.State != OutboxState.Pending).ToListAsync();
        Assert.Equal(["deputy/juha-herrala", "reminder/7d", "reminder/7d"], settled.Select(r => r.Key).Order());
        Assert.All(settled, r => Assert.Equal((OutboxState.Sent, DeliveryChannel.Email), (r.State, r.Channel)));
    }

    [Fact]
    public async Task AnswerLink_ForAnotherAnswerOrTampered_ExpiredPageAndNothingRecorded()
    {
        await RunReminderSweepAsync();
        var decline = LinkIn(MailTo("juha.herrala@isojoki.fi"), "En pääse");
        using var client = _host.CreateClient();

        using var switched = await client.PostAsync(decline.Replace("/no/", "/yes/", StringComparison.Ordinal), new FormUrlEncodedContent([new("confirm", "1")]));
        using var tampered = await client.PostAsync(decline[..^2] + "xx", new FormUrlEncodedContent([new("confirm", "1")]));

        Assert.Equal(HttpStatusCode.NotFound, switched.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Empty(await AnswersAsync());
    }

    private FakeMail MailTo(string address, string subject = "Muistutus") =>
        Assert.Single(_graph.Mail, m => m.To == address && m.Subject.StartsWith(subject, StringComparison.Ordinal));

    /// <summary>The path and query of the link the plain-text part gives after "<paramref name="label"/>: ".</summary>
    private static string LinkIn(FakeMail mail, string label)
    {
        var line = mail.Text!.Split('\n').First(l => l.StartsWith(label + ": ", StringComparison.Ordinal));
        return new Uri(line[(label.Length + 2)..].Trim()).PathAndQuery;
    }

    private async Task<List<MeetingAttendance>> AnswersAsync()
    {
        await using var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        return await db.Set<MeetingAttendance>().AsNoTracking().ToListAsync();
    }

    private async Task RunReminderSweepAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);
    }
}
