using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Protocol;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Localization;
using Verkostot.Jobs.Announcements;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Meetings;
using Verkostot.Jobs.Privacy;
using Verkostot.Jobs.Questions;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// What IL trimming and ReadyToRun could break in the deployable build, end to end on one running bot process (the
/// published build when VERKOSTOT_TEST_PUBLISHED_BOT names it, else the built dll): questions and a card through
/// /api/messages, Hangfire's jobs loading and running, the coordinator web app's pages, forms, export and import
/// preview, the health report, a signed calendar link, and the administrator commands. Reflection-only code paths
/// (serializers, model binding, job type names, dependency injection of jobs) are what these reach.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class PublishedBuildTests(DemoBotProcess demo) : IClassFixture<DemoBotProcess>
{
    private const string Network = "pienet-kunnat";
    private const string Asker = "00000000-0000-0000-0000-00000000a5c3";
    private static readonly TimeSpan JobsLimit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("kuka on pienten kuntien verkoston puheenjohtaja", "fi-FI", "Juha Herrala")]
    [InlineData("vem är ordförande för nätverket för små kommuner", "sv-FI", "Juha Herrala")]
    [InlineData("who chairs the small municipalities network", "en-US", "Juha Herrala")]
    [InlineData("kuka edustaa itä-suomea", "fi-FI", "Marjut Ahokas")]
    [InlineData("vem representerar Östra Finland", "sv-FI", "Marjut Ahokas")]
    [InlineData("who represents northern finland", "en-US", "Pertti Severinkangas")]
    public async Task Question_AsAsked_AnswerCardNamesThePersonOfTheDemoData(string question, string locale, string person)
    {
        var answer = await demo.AskAsync(demo.Message(question, Asker, locale));

        var card = CardJson.CardOf(answer.Json);
        Assert.Contains(person, card.GetProperty("fallbackText").GetString());
        Assert.Contains(person, CardStrings.Of(card.GetRawText()));
    }

    [Theory]
    [InlineData("milloin on seuraava kokous", "fi-FI", Language.Finnish)]
    [InlineData("när är nästa möte", "sv-FI", Language.Swedish)]
    [InlineData("when is the next meeting", "en-US", Language.English)]
    public async Task NextMeetingQuestion_InEachLanguage_AnswerGivesTheNextDemoMeetingsTime(string question, string locale, Language language)
    {
        var answer = await demo.AskAsync(demo.Message(question, Asker, locale));

        Assert.Contains(HelsinkiDateFormat.Format(NextDemoMeeting().StartsAt, language), CardStrings.Of(answer.Body));
    }

    [Fact]
    public async Task AgendaQuestion_Finnish_AnswerListsTheNextMeetingsAgenda()
    {
        var answer = await demo.AskAsync(demo.Message("mitä käsitellään seuraavassa kokouksessa", Asker));

        var text = CardStrings.Of(answer.Body);
        Assert.All(NextDemoMeeting().Agenda, item => Assert.Contains(item, text));
    }

    [Fact]
    public async Task CalendarLink_SignedAsTheBotSignsItsCardLinks_OpensAsTheMeetingsICalendarFile()
    {
        // Only reminder cards and e-mails carry the link; it is signed with Development's built-in key, as they are.
        var meeting = NextDemoMeeting();
        var link = new CalendarLinks(TestLinks.Signed(TimeProvider.System), Options.Create(new MeetingsOptions())).For(meeting.Id);
        using var web = WebSession.Anonymous(demo.Bot);

        using var response = await web.Http.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal(meeting.StartsAt, new DateTimeOffset(calendarEvent.DtStart!.AsUtc));
        Assert.Equal(meeting.Title!.Fi, calendarEvent.Summary);
    }

    [Fact]
    public async Task CalendarLink_SignatureOfAnotherMeeting_Refused()
    {
        var meeting = NextDemoMeeting();
        var link = new CalendarLinks(TestLinks.Signed(TimeProvider.System), Options.Create(new MeetingsOptions())).For(meeting.Id);
        using var web = WebSession.Anonymous(demo.Bot);

        using var response = await web.Http.GetAsync(link.PathAndQuery.Replace($"/meetings/{meeting.Id}/", $"/meetings/{meeting.Id + 1}/", StringComparison.Ordinal));

        Assert.False(response.IsSuccessStatusCode, $"a link signed for meeting {meeting.Id} opened meeting {meeting.Id + 1}");
    }

    [Fact]
    public async Task EditMeetingCard_NewPlaceSentThroughTheCardsInvokes_NextMeetingAnswerShowsIt()
    {
        var list = await demo.AskAsync(demo.Message("muokkaa kokousta", TestActivities.CoordinatorAad));
        var open = await demo.Bot.InvokeAsync(CardAction(MeetingFormCards.OpenEditVerb,
            CardJson.ExecuteData(CardJson.CardOf(list.Json), MeetingFormCards.OpenEditVerb), TestActivities.CoordinatorAad));
        var form = open.GetProperty("value");
        var data = CardJson.ExecuteData(form, MeetingFormCards.EditVerb);
        foreach (var input in form.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("id", out _)))
        {
            data[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString() : null;
        }
        data["place"] = "Kuntatalo, sali C";

        var saved = await demo.Bot.InvokeAsync(CardAction(MeetingFormCards.EditVerb, data, TestActivities.CoordinatorAad));
        var answer = await demo.AskAsync(demo.Message("seuraava kokous", TestActivities.CoordinatorAad));

        Assert.Contains(MeetingCommandTexts.Updated, CardStrings.Of(saved.GetProperty("value").GetRawText()));
        Assert.Contains("Kuntatalo, sali C", CardStrings.Of(answer.Body));
    }

    [Fact]
    public async Task Announcement_SentFromChatToThePresidium_ItsJobDeliversItToTheChair()
    {
        await demo.AskAsync(demo.Message("moi", TestActivities.ChairAad));
        var form = await demo.AskAsync(demo.Message("tiedote", TestActivities.CoordinatorAad));
        var submit = CardJson.ExecuteData(CardJson.CardOf(form.Json), AnnouncementVerbs.Preview);
        submit["title"] = "Julkaistun version tiedote";
        submit["text"] = "Tämä kulkee Hangfiren työnä.";
        submit["link"] = "";
        submit["audience"] = "presidium";
        submit["when"] = "now";
        submit["date"] = "";
        submit["time"] = "";
        var preview = await demo.Bot.InvokeAsync(CardAction(AnnouncementVerbs.Preview, submit, TestActivities.CoordinatorAad));

        await demo.Bot.InvokeAsync(CardAction(AnnouncementVerbs.Send,
            CardJson.ExecuteData(preview.GetProperty("value"), AnnouncementVerbs.Send), TestActivities.CoordinatorAad));

        var chairChat = TestActivities.PersonalConversationId(TestActivities.ChairAad);
        var delivered = await WithLogOnTimeout(demo.Connector.WaitForRequestAsync(
            r => r.Method == "POST" && r.ConversationId == chairChat && r.Body.Contains("Julkaistun version tiedote", StringComparison.Ordinal), JobsLimit));
        Assert.Contains("Tämä kulkee Hangfiren työnä.", CardStrings.Of(delivered.Body));
    }

    [Fact]
    public async Task RecurringJobs_SchedulerRunsTheMinutelySweep_NoJobLoadErrorInTheOutput()
    {
        // The announcement sweep is due every minute, so the scheduler takes it up as soon as the job server starts; a
        // job it cannot load is logged (and disabled) instead of getting a job id.
        await Eventually.TrueAsync(() => demo.Bot.Output.Any(l => SchedulerRan(l, AnnouncementSweepJob.Id)) || JobLoadProblems().Count > 0,
            TimeSpan.FromSeconds(90), () => $"the scheduler did not take up {AnnouncementSweepJob.Id}:\n{demo.Bot.Tail()}");

        var problems = JobLoadProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(demo.Bot.Output, l => SchedulerRan(l, AnnouncementSweepJob.Id));
    }

    [Fact]
    public async Task JobsDashboard_AdministratorRunsEveryRecurringJob_EachSucceeds()
    {
        string[] jobs = [ReminderSweepJob.Id, MonthlyDigestJob.Id, RosterSyncJob.Id, OutlookMeetingSyncJob.Id, AnnouncementSweepJob.Id,
            RetentionJob.Id, UnansweredQuestionsJob.Id];
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala", administrator: true);
        var (page, _) = await web.GetPageAsync("/hangfire/recurring");
        var before = await JobStatsAsync(web, page);

        using var trigger = await DashboardPostAsync(web, page, "/hangfire/recurring/trigger", jobs.Select(j => new KeyValuePair<string, string>("jobs[]", j)));
        Assert.Equal(HttpStatusCode.NoContent, trigger.StatusCode);
        var after = before;
        await Eventually.TrueAsync(async () => (after = await JobStatsAsync(web, page)).Succeeded >= before.Succeeded + jobs.Length
            || after.Failed > before.Failed || after.Retries > before.Retries, JobsLimit, () => $"{after} (before {before})\n{demo.Bot.Tail()}");

        Assert.True(after.Succeeded >= before.Succeeded + jobs.Length, $"{after} (before {before})");
        Assert.Equal((before.Failed, before.Retries), (after.Failed, after.Retries));
        Assert.True(JobLoadProblems().Count == 0, string.Join("\n", JobLoadProblems()));
    }

    [Theory]
    [InlineData("/hallinta/pienet-kunnat", "Pienten kuntien verkosto")]
    [InlineData("/hallinta/pienet-kunnat/henkilot", "Henkilöt")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/uusi", "Lisää henkilö")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/marjut-ahokas", "Marjut Ahokas")]
    [InlineData("/hallinta/pienet-kunnat/toimielimet", "Toimielimet")]
    [InlineData("/hallinta/pienet-kunnat/toimielimet/pienet-kunnat-puheenjohtajisto/uusi-kausi", "Uusi kausi: Puheenjohtajisto")]
    [InlineData("/hallinta/pienet-kunnat/kokoukset", "Kokoukset")]
    [InlineData("/hallinta/pienet-kunnat/kokoukset/uusi", "Lisää kokous")]
    [InlineData("/hallinta/pienet-kunnat/tiedotteet", "Tiedotteet")]
    [InlineData("/hallinta/pienet-kunnat/jasenlista", "Jäsenlista")]
    [InlineData("/hallinta/pienet-kunnat/kysymykset", "Kysymykset, joihin en löytänyt vastausta")]
    [InlineData("/hallinta/pienet-kunnat/muutokset", "Muutosloki")]
    public async Task WebAppPage_Coordinator_Answers200WithItsHeading(string path, string heading)
    {
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala");

        var (page, address) = await web.GetPageAsync(path);

        Assert.Equal(path, address.AbsolutePath);
        Assert.Equal(heading, HtmlPage.Heading(page));
    }

    [Fact]
    public async Task MeetingPage_Coordinator_ShowsTheMeetingsFormFilledIn()
    {
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala");
        var (list, _) = await web.GetPageAsync($"/hallinta/{Network}/kokoukset");
        var path = MeetingPageLink().Match(list).Value;

        var (page, _) = await web.GetPageAsync(path);

        Assert.Contains(HtmlPage.FormFields(page, "<form method=\"post\" action=\"" + path + "?handler=Save\">"),
            f => f.Key.EndsWith("Agenda", StringComparison.Ordinal) && f.Value.Length > 0);
    }

    [Theory]
    [InlineData("/tietosuoja", "Tietosuojaseloste")]
    [InlineData("/kayttoehdot", "Käyttöehdot")]
    [InlineData("/hallinta/kirjaudu", "Kirjautuminen")]
    [InlineData("/hallinta/kirjaudu/kehittaja", "Kehittäjäkirjautuminen")]
    public async Task PublicPage_NotSignedIn_Answers200WithItsHeading(string path, string heading)
    {
        using var web = WebSession.Anonymous(demo.Bot);

        var (page, _) = await web.GetPageAsync(path);

        Assert.Equal(heading, HtmlPage.Heading(page));
    }

    [Fact]
    public async Task PersonForm_NewTitlePostedWithTheAntiforgeryToken_SavedAndShownAfterReload()
    {
        const string path = $"/hallinta/{Network}/henkilot/lauri-laajala";
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala");
        var (page, _) = await web.GetPageAsync(path);
        var fields = HtmlPage.FormFields(page);
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");
        fields.RemoveAll(f => f.Key == "Form.TitleFi");
        fields.Add(new("Form.TitleFi", "kunnanjohtaja (julkaistu versio)"));

        using var saved = await web.PostFormAsync(path, fields);
        var (reloaded, _) = await web.GetPageAsync(path);

        Assert.Equal($"/hallinta/{Network}/henkilot", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("ilmoitus=tallennettu", saved.RequestMessage.RequestUri.Query.TrimStart('?'));
        Assert.Contains(new KeyValuePair<string, string>("Form.TitleFi", "kunnanjohtaja (julkaistu versio)"), HtmlPage.FormFields(reloaded));
    }

    [Fact]
    public async Task Export_Administrator_DownloadsTheWholeDataInTheDataFileFormat()
    {
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala", administrator: true);

        var file = await DownloadExportAsync(web);

        var loaded = DataFileLoader.Load(file);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors.Select(e => $"{e.Line}: {e.Path}: {e.Message}")));
        Assert.Contains(loaded.Content!.Networks, n => n.Id == Network);
        Assert.Contains(loaded.Content.People, p => p.Name == "Juha Herrala");
        Assert.NotEmpty(loaded.Content.Meetings);
    }

    [Fact]
    public async Task ImportPreview_OfTheExportAsItIs_FindsNothingToChange()
    {
        using var web = await WebSession.SignInAsync(demo.Bot, "iira-ainiala", administrator: true);
        var file = await DownloadExportAsync(web);
        var (page, _) = await web.GetPageAsync("/hallinta/tiedot");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(HtmlPage.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file) { Headers = { ContentType = new("application/json") } }, "tiedosto", "verkostot.json" },
        };

        using var response = await web.Http.PostAsync("/hallinta/tiedot?handler=Preview", upload);
        var preview = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tiedosto vastaa nykyisiä tietoja: ei muutettavaa.", preview);
        var rows = ChangeRow().Matches(preview).Select(m => (Added: m.Groups[2].Value, Changed: m.Groups[3].Value, Removed: m.Groups[4].Value)).ToList();
        Assert.All(rows, r => Assert.Equal(("0", "0", "0"), r));
    }

    [Fact]
    public async Task HealthReady_DeveloperMode_JsonWithEveryCheckAndNoneUnhealthy()
    {
        using var web = WebSession.Anonymous(demo.Bot);

        using var response = await web.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["migrations"]);
        Assert.Equal("Healthy", checks["hangfire-storage"]);
        Assert.DoesNotContain("Unhealthy", checks.Values);
    }

    [Fact]
    public async Task ExportCommand_ToAFile_WritesTheDataFileAndExits0()
    {
        var file = Path.Combine(Path.GetTempPath(), $"verkostot-export-{Guid.NewGuid():N}.json");
        try
        {
            await using var command = BotProcess.RunCommand(["export", file], demo.Database.Storage);

            Assert.Equal(0, await command.ExitCodeAsync(TimeSpan.FromSeconds(60)));
            var loaded = DataFileLoader.Load(await File.ReadAllBytesAsync(file));
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors.Select(e => $"{e.Line}: {e.Path}: {e.Message}")));
            Assert.Contains(loaded.Content!.Networks, n => n.Id == Network);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ExportPersonCommand_DemoPerson_WritesWhatIsStoredAboutThemAndExits0()
    {
        var file = Path.Combine(Path.GetTempPath(), $"verkostot-person-{Guid.NewGuid():N}.json");
        try
        {
            await using var command = BotProcess.RunCommand(["export-person", "juha-herrala", file], demo.Database.Storage);

            Assert.Equal(0, await command.ExitCodeAsync(TimeSpan.FromSeconds(60)));
            var export = await File.ReadAllTextAsync(file);
            using var json = JsonDocument.Parse(export);
            Assert.Contains("Juha Herrala", export);
            Assert.Contains(command.Output, l => l.StartsWith("Exported everything stored about juha-herrala", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The small municipalities network's next meeting open to every member (the presidium's are its own), from the demo
    /// data as the bot seeded it today, ids included.
    /// </summary>
    private static Meeting NextDemoMeeting()
    {
        var now = DateTimeOffset.UtcNow;
        return DemoDataSet.Load(TimeProvider.System).Meetings
            .Where(m => m.NetworkId == Network && m.Kind != MeetingKind.PresidiumMeeting && !m.IsCancelled && m.StartsAt > now)
            .MinBy(m => m.StartsAt)!;
    }

    private JsonObject CardAction(string verb, JsonObject data, string aadObjectId) =>
        TestActivities.CardAction(demo.Connector.ServiceUrl, verb, data, "card-1", aadObjectId);

    private async Task<T> WithLogOnTimeout<T>(Task<T> waiting)
    {
        try
        {
            return await waiting;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nThe bot's output:\n{demo.Bot.Tail(60)}", ex);
        }
    }

    private List<string> JobLoadProblems() =>
        [.. demo.Bot.Output.Where(l => l.Contains("JobLoadException", StringComparison.Ordinal)
            || l.Contains("Could not load file or assembly", StringComparison.Ordinal))];

    private static bool SchedulerRan(string line, string jobId) =>
        line.Contains(DemoBotProcess.SchedulerCategory, StringComparison.Ordinal)
        && line.Contains($"Recurring job '{jobId}' is being updated", StringComparison.Ordinal)
        && line.Contains("LastJobId:", StringComparison.Ordinal);

    private static async Task<byte[]> DownloadExportAsync(WebSession web)
    {
        using var response = await web.Http.GetAsync("/hallinta/tiedot?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<JobStats> JobStatsAsync(WebSession web, string dashboardPage)
    {
        using var response = await DashboardPostAsync(web, dashboardPage, "/hangfire/stats",
            [new("metrics[]", "succeeded:count"), new("metrics[]", "failed:count"), new("metrics[]", "retries:count")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stats = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        int Count(string metric) => stats.RootElement.GetProperty(metric).GetProperty("intValue").GetInt32();
        return new JobStats(Count("succeeded:count"), Count("failed:count"), Count("retries:count"));
    }

    // As the dashboard's own scripts do: a form, the page's antiforgery token in the header the page names.
    private static Task<HttpResponseMessage> DashboardPostAsync(WebSession web, string dashboardPage, string path,
        IEnumerable<KeyValuePair<string, string>> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(CsrfHeader().Match(dashboardPage).Groups[1].Value, CsrfToken().Match(dashboardPage).Groups[1].Value);
        return web.Http.SendAsync(request);
    }

    private sealed record JobStats(int Succeeded, int Failed, int Retries);

    [GeneratedRegex(@"/hallinta/pienet-kunnat/kokoukset/\d+")]
    private static partial Regex MeetingPageLink();

    [GeneratedRegex(@"<tr><th scope=""row"">([^<]+)</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>")]
    private static partial Regex ChangeRow();

    [GeneratedRegex("""<meta name="csrf-header" content="([^"]+)""")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("""<meta name="csrf-token" content="([^"]+)""")]
    private static partial Regex CsrfToken();
}
