using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>A coordinator keeps meetings on the Meetings page, with the chat forms' rules and consequences.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingEditTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task EditMeeting_NewDate_MovesTheMeetingAndItsReminders()
    {
        var meeting = await NextPresidiumMeetingAsync();
        var newStart = HelsinkiTime.ToLocal(meeting.StartsAt).AddDays(7);
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");
        var remindersBefore = await browser.Page.Locator("#muistutukset li").AllInnerTextsAsync();

        await browser.Page.GetByLabel("Päivä").FillAsync(newStart.ToString("yyyy-MM-dd"));
        await browser.Page.GetByLabel("Paikka").FillAsync("Kuntatalo, Helsinki");
        await browser.Page.Locator("form[action$='handler=Save'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/kokoukset?ilmoitus=muokattu");

        var saved = await Host.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal(meeting.StartsAt.AddDays(7), saved.StartsAt);
        Assert.Equal("Kuntatalo, Helsinki", saved.Place);
        Assert.Contains("jo muistutetuille kerrotaan", await browser.Page.Locator(".notice").InnerTextAsync());
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");
        var remindersAfter = await browser.Page.Locator("#muistutukset li").AllInnerTextsAsync();
        Assert.Equal(2, remindersAfter.Count);
        Assert.NotEqual(remindersBefore, remindersAfter);
        Assert.Contains($"{newStart.AddDays(-1):d.M.yyyy} klo 9.00", string.Join("\n", remindersAfter));
    }

    [Fact]
    public async Task EditMeeting_NewDate_PlannerRetimesUnsentRemindersAndTellsTheOneAlreadyReminded()
    {
        var meeting = await NextPresidiumMeetingAsync();
        var recipients = ReminderRecipients.Of(await Host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None), meeting);
        var (reminded, waiting) = (recipients[0], recipients[1]);
        var dayBefore = new ReminderOffset(1, new TimeOnly(9, 0));
        await Host.ChangeDataAsync(db =>
        {
            db.Add(Reminder(meeting, reminded, new ReminderOffset(7, new TimeOnly(9, 0)), OutboxState.Sent));
            db.Add(Reminder(meeting, waiting, dayBefore, OutboxState.Pending));
            return Task.CompletedTask;
        });
        var newStart = meeting.StartsAt.AddDays(7);
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");
        await browser.Page.GetByLabel("Päivä").FillAsync(HelsinkiTime.ToLocal(newStart).ToString("yyyy-MM-dd"));
        await browser.Page.Locator("form[action$='handler=Save'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/kokoukset?ilmoitus=muokattu");

        await PlanRemindersAsync();

        var rows = await Host.QueryAsync(db => db.Set<ReminderMessage>().AsNoTracking().Where(r => r.MeetingId == meeting.Id).ToListAsync());
        var retimed = rows.Single(r => r.PersonId == waiting && r.Key == dayBefore.Key);
        Assert.Equal(dayBefore.DueFor(newStart), retimed.DueAt);
        var notice = rows.Single(r => r.PersonId == reminded && r.Purpose == ReminderPurpose.Moved);
        Assert.Equal((meeting.StartsAt, newStart), (notice.PreviousStartsAt, notice.PlannedFor));
        Assert.DoesNotContain(rows, r => r.PersonId == waiting && r.Purpose == ReminderPurpose.Moved);
    }

    [Fact]
    public async Task EditMeeting_Saved_ChangeLogTellsWhoChangedWhatWhere()
    {
        var meeting = await NextPresidiumMeetingAsync();
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");
        await browser.Page.GetByLabel("Paikka").FillAsync("Kuntatalo, sali B");
        await browser.Page.Locator("form[action$='handler=Save'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/kokoukset?ilmoitus=muokattu");

        await browser.GotoAsync("/hallinta/pienet-kunnat/muutokset");

        var latest = await browser.Page.Locator("tbody tr").First.InnerTextAsync();
        Assert.Contains("Iira Ainiala", latest);
        Assert.Contains("hallintasivu", latest);
        Assert.Contains($"kokous {meeting.Id}", latest);
        Assert.Contains("muutettu: paikka", latest);
        await browser.AssertAccessibleAsync();
    }

    [Fact]
    public async Task EditMeeting_NoPlaceNorLink_ShowsTheChatFormsMessageAndSavesNothing()
    {
        var meeting = await NextPresidiumMeetingAsync();
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");

        await browser.Page.GetByLabel("Paikka").FillAsync("");
        await browser.Page.GetByLabel("Teams-linkki").FillAsync("");
        await browser.Page.Locator("form[action$='handler=Save'] fluent-button[type=submit]").ClickAsync();

        Assert.Contains("Anna paikka tai Teams-linkki.", await browser.Page.Locator(".errors").InnerTextAsync());
        var saved = await Host.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal(meeting.Place, saved.Place);
        Assert.Equal(meeting.TeamsLink, saved.TeamsLink);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("kokous-virhe");
    }

    [Fact]
    public async Task AddMeeting_MonthlySeries_SavesEveryOccurrence()
    {
        var first = HelsinkiTime.ToLocal(DateTimeOffset.UtcNow).Date.AddDays(40);
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset/uusi");

        await browser.Page.GetByLabel("Kokouksen laji").SelectOptionAsync(nameof(MeetingKind.ThematicMeeting));
        await browser.Page.GetByLabel("Päivä", new() { Exact = true }).FillAsync(first.ToString("yyyy-MM-dd"));
        await browser.Page.GetByLabel("Alkaa klo").FillAsync("13:00");
        await browser.Page.GetByLabel("Paikka").FillAsync("Teams");
        await browser.Page.GetByLabel("Kuukausittain samana viikonpäivänä").CheckAsync();
        await browser.Page.GetByLabel("Kertoja (toistuvalle)").FillAsync("3");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/kokoukset?ilmoitus=lisatty");

        var added = await Host.QueryAsync(db => db.Meetings.AsNoTracking()
            .Where(m => m.NetworkId == "pienet-kunnat" && m.Kind == MeetingKind.ThematicMeeting && m.Place == "Teams" && m.TeamsLink == null).ToListAsync());
        Assert.Equal(3, added.Count);
        Assert.All(added, m => Assert.Equal(13, HelsinkiTime.ToLocal(m.StartsAt).Hour));
    }

    [Fact]
    public async Task MeetingPage_Answers_ShowWhoComesWhoCannotAndTheDeputyInHisPlace()
    {
        var meeting = await NextPresidiumMeetingAsync();
        await Host.ChangeDataAsync(db =>
        {
            db.Add(new MeetingAttendance { MeetingId = meeting.Id, PersonId = "juha-herrala", Answer = AttendanceAnswer.NotAttending, AnsweredAt = DateTimeOffset.UtcNow });
            db.Add(new MeetingAttendance
            {
                MeetingId = meeting.Id,
                PersonId = "tarja-hosiasluoma",
                Answer = AttendanceAnswer.Attending,
                AnsweredAt = DateTimeOffset.UtcNow,
                StandsInForPersonId = "juha-herrala",
            });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");

        var rows = await browser.Page.Locator("#osallistuminen tbody tr").AllInnerTextsAsync();
        Assert.Contains(rows, r => r.StartsWith("Tarja Hosiasluoma", StringComparison.Ordinal) && r.Contains("varajäsen, varsinainen jäsen Juha Herrala") && r.EndsWith("Osallistuu", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Juha Herrala", StringComparison.Ordinal) && r.EndsWith("Ei pääse", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith("Ei ole vastannut", StringComparison.Ordinal));
        Assert.DoesNotContain(rows.Where(r => r.EndsWith("Ei ole vastannut", StringComparison.Ordinal)), r => r.Contains("Juha Herrala") || r.Contains("Tarja"));
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("kokous-osallistuminen");

        await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");
        Assert.Contains("1 osallistuu, 1 ei pääse", await browser.Page.Locator($"tr:has(a[href$='/kokoukset/{meeting.Id}'])").InnerTextAsync());
    }

    [Fact]
    public async Task CancelMeeting_Confirmed_CancelsIt()
    {
        var meeting = await NextPresidiumMeetingAsync();
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset/{meeting.Id}");

        await browser.Page.GetByLabel("Vahvistan, että kokous perutaan").CheckAsync();
        await browser.Page.Locator("form[action$='handler=Cancel'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/kokoukset?ilmoitus=peruttu");

        Assert.True(await Host.QueryAsync(db => db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.IsCancelled).SingleAsync()));
    }

    private static ReminderMessage Reminder(Meeting meeting, string personId, ReminderOffset offset, OutboxState state) => new()
    {
        MeetingId = meeting.Id,
        PersonId = personId,
        Purpose = ReminderPurpose.Reminder,
        Key = offset.Key,
        OffsetDays = offset.DaysBefore,
        DueAt = offset.DueFor(meeting.StartsAt),
        PlannedFor = meeting.StartsAt,
        State = state,
        CompletedAt = state == OutboxState.Sent ? DateTimeOffset.UtcNow : null,
    };

    /// <summary>What the reminder sweep does first on its next run.</summary>
    private async Task PlanRemindersAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var catalog = await scope.ServiceProvider.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ReminderPlanner>()
            .PlanAsync(scope.ServiceProvider.GetRequiredService<VerkostotDbContext>(), catalog, CancellationToken.None);
    }

    private Task<Meeting> NextPresidiumMeetingAsync()
    {
        var now = DateTimeOffset.UtcNow.AddDays(2);
        return Host.QueryAsync(async db => (await db.Meetings.AsNoTracking()
                .Where(m => m.NetworkId == "pienet-kunnat" && m.Kind == MeetingKind.PresidiumMeeting && !m.IsCancelled).ToListAsync())
            .Where(m => m.StartsAt > now).OrderBy(m => m.StartsAt).First());
    }
}
