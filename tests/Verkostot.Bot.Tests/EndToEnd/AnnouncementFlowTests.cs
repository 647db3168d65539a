using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Jobs.Announcements;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>
/// A coordinator's announcement on the real host with Bot Connector tokens, as Teams drives it: "tiedote", the
/// form, the preview, "Lähetä", the fan-out on the host's own job server, the report card updated in place and its
/// CSV link. The demo network: the chair and the deputy have chatted with the bot, the other members have no
/// Teams identity in the data.
/// </summary>
[Collection(HangfireClientCollection.Name)]
public sealed partial class AnnouncementFlowTests : IAsyncLifetime
{
    private const string FormCardId = "form-card-1";
    private static readonly string CoordinatorChat = TestActivities.PersonalConversationId(TestActivities.CoordinatorAad);
    private static readonly string ChairChat = TestActivities.PersonalConversationId(TestActivities.ChairAad);
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private readonly ManualClock _clock = ManualClock.Running();
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAuthenticatedAsync(
            new Dictionary<string, string?>
            {
                ["Announcements:ReportInterval"] = "00:00:00.100",
                ["Verkostot:PublicBaseUrl"] = "https://verkostot.test",
            },
            time: _clock);
        // The card the coordinator works on is one message: the form, then the preview, then the report.
        _host.Connector.When(r => r.Method == "POST" && r.ConversationId == CoordinatorChat && r.Body.Contains("Uusi tiedote", StringComparison.Ordinal),
            FakeResponse.Json($$"""{"id":"{{FormCardId}}"}"""));
        await SayHelloAsync(TestActivities.ChairAad);
        await SayHelloAsync(TestActivities.DeputyAad);
        await _host.PostAsync(_host.ChannelMessage("moi"), _host.MintToken());
        await _host.StoredInTeamAsync(TestActivities.TeamId);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tiedote_FormPreviewAndSend_ReportUpdatedInPlaceUntilDoneAndCsvHasEveryRow()
    {
        var form = await OpenFormAsync();
        var preview = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, "Verkostokokous 8.12.", "Tervetuloa **kokoukseen**."));
        var report = await InvokeCardAsync(AnnouncementVerbs.Send, CardJson.ExecuteData(preview, AnnouncementVerbs.Send));
        var final = await _host.Connector.WaitForRequestAsync(r => IsReportUpdate(r) && CardStrings.Of(r.Body).Contains("Lähetys valmis"),
            TimeSpan.FromSeconds(30));

        Assert.Contains("Esikatselu", CardStrings.Of(preview.GetRawText()));
        Assert.Contains("Tiedote: Verkostokokous 8.12.", CardStrings.Of(report.GetRawText()));
        Assert.All(_host.Connector.Requests.Where(r => r.Method == "PUT"), r => Assert.True(IsReportUpdate(r), $"updated elsewhere: {r.Path}"));
        Assert.Contains("Lähetetään…", CardStrings.Of(_host.Connector.Requests.First(IsReportUpdate).Body));
        var (total, sent, failed) = Numbers(CardStrings.Of(final.Body));
        Assert.Equal(total, sent + failed);
        Assert.Equal(sent, _host.Connector.Requests.Count(r => r.Method == "POST" && CardStrings.Of(r.Body).Contains("Verkostokokous 8.12.")));
        Assert.True(sent >= 3, $"the channel, the chair and the deputy should have it; sent {sent}");

        var csv = await DownloadAsync(CardJson.OpenUrl(CardJson.CardOf(final.Json), "Lataa raportti (CSV)"));
        var lines = csv.Split("\r\n");
        Assert.Equal(total + 2, lines.Length); // the header, a row each, and the empty end after the last CRLF
        Assert.Equal(sent, lines.Count(l => l.Contains(";lähetetty;", StringComparison.Ordinal)));
        Assert.Equal(failed, lines.Count(l => l.Contains(";epäonnistui;", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Send_MembersWithoutTeamsIdentity_ReportAndCsvGiveTheReasonInFinnish()
    {
        var form = await OpenFormAsync();
        var preview = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, "Kysely", "Vastaathan kyselyyn."));
        await InvokeCardAsync(AnnouncementVerbs.Send, CardJson.ExecuteData(preview, AnnouncementVerbs.Send));
        var final = await _host.Connector.WaitForRequestAsync(r => IsReportUpdate(r) && CardStrings.Of(r.Body).Contains("Lähetys valmis"),
            TimeSpan.FromSeconds(30));

        var card = CardStrings.Of(final.Body);
        var csv = await DownloadAsync(CardJson.OpenUrl(CardJson.CardOf(final.Json), "Lataa raportti (CSV)"));
        Assert.Contains("Henkilön Teams-tunnus puuttuu verkoston tiedoista.", card);
        Assert.Contains("Henkilön Teams-tunnus puuttuu verkoston tiedoista.", csv);
        Assert.DoesNotContain("Entra", card + csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preview_EmptyTitlePastTimeAndHttpLink_FormComesBackWithEachProblem()
    {
        var form = await OpenFormAsync();
        var yesterday = Local(_clock.GetUtcNow().AddDays(-1));

        var answer = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, "", "Teksti.", link: "http://www.kuntaliitto.fi",
            when: "later", date: yesterday.ToString("yyyy-MM-dd"), time: yesterday.ToString("HH:mm")));

        var card = CardStrings.Of(answer.GetRawText());
        Assert.Contains("Uusi tiedote", card);
        Assert.Contains("Kirjoita tiedotteelle otsikko.", card);
        Assert.Contains("Lähetysaika on jo mennyt. Valitse tuleva aika.", card);
        Assert.Contains("Linkin pitää olla kokonainen https-osoite, esimerkiksi https://www.kuntaliitto.fi.", card);
        Assert.Empty(await RecentAsync());
    }

    [Fact]
    public async Task Cancel_ScheduledAnnouncementBeforeItsTime_IsNeverSentAfterTheTimePasses()
    {
        var form = await OpenFormAsync();
        var at = Local(_clock.GetUtcNow().AddHours(2));
        var preview = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, "Ajastettu", "Lähtee myöhemmin.",
            when: "later", date: at.ToString("yyyy-MM-dd"), time: at.ToString("HH:mm")));
        var scheduled = await InvokeCardAsync(AnnouncementVerbs.Send, CardJson.ExecuteData(preview, AnnouncementVerbs.Send));
        var cancelled = await InvokeCardAsync(AnnouncementVerbs.Cancel, CardJson.ExecuteData(scheduled, AnnouncementVerbs.Cancel));
        var id = Guid.Parse(CardJson.ExecuteData(preview, AnnouncementVerbs.Send)["id"]!.GetValue<string>());
        var requestsBefore = _host.Connector.Requests.Count;

        _clock.Advance(TimeSpan.FromHours(3));
        // What the host's job server runs: the job scheduled for its time, and the minutely sweep.
        await _host.RunAsync<AnnouncementStartJob>(job => job.RunAsync(id, CancellationToken.None));
        await _host.RunAsync<AnnouncementSweepJob>(job => job.RunAsync(CancellationToken.None));
        await Task.Delay(500);

        Assert.Contains("Ajastettu: lähtee", CardStrings.Of(scheduled.GetRawText()));
        Assert.Contains("Tiedote peruttu, sitä ei lähetetty", CardStrings.Of(cancelled.GetRawText()));
        Assert.Equal(requestsBefore, _host.Connector.Requests.Count);
        var stored = await GetAsync(id);
        Assert.Equal(AnnouncementState.Cancelled, stored.State);
        await _host.RunAsync<DeliveryLedger>(async ledger => Assert.Equal(0, (await ledger.ReportAsync(id, CancellationToken.None)).Total));
    }

    [Fact]
    public async Task Send_ForgedByAMemberWhoIsNotACoordinator_RefusedAndNothingSent()
    {
        var form = await OpenFormAsync();
        var preview = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, "Luonnos", "Ei vielä valmis."));
        var send = CardJson.ExecuteData(preview, AnnouncementVerbs.Send);
        var requestsBefore = _host.Connector.Requests.Count;

        var answer = await _host.InvokeAsync(_host.CardAction(AnnouncementVerbs.Send, send, "forged-card", TestActivities.DeputyAad), _host.MintToken());
        await Task.Delay(500);

        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        Assert.Equal(AnnouncementAccess.Refusal, answer.GetProperty("value").GetString());
        Assert.Equal(requestsBefore, _host.Connector.Requests.Count);
        Assert.Equal(AnnouncementState.Draft, (await GetAsync(Guid.Parse(send["id"]!.GetValue<string>()))).State);
    }

    [Fact]
    public async Task Send_TitleAndTextWithHtmlAndMention_ReachTheConnectorEncoded()
    {
        const string title = "Kokouskutsu <at>Kaikki</at>";
        const string text = "<b>Tärkeää</b> <at>Juha Herrala</at> [avaa](https://evil.example) &lt;at&gt;";
        var form = await OpenFormAsync();
        var preview = await InvokeCardAsync(AnnouncementVerbs.Preview, Submit(form, title, text, audience: "presidium"));
        await InvokeCardAsync(AnnouncementVerbs.Send, CardJson.ExecuteData(preview, AnnouncementVerbs.Send));

        var delivered = await _host.ReplyInAsync(ChairChat, r => r.Body.Contains("Kokouskutsu", StringComparison.Ordinal));

        var activity = delivered.Json;
        var card = CardJson.CardOf(activity);
        const string encodedTitle = @"Kokouskutsu \<at\>Kaikki\</at\>";
        Assert.Equal(encodedTitle, activity.GetProperty("summary").GetString());
        Assert.Equal($"{encodedTitle}\n\n" + @"\<b\>Tärkeää\</b\> \<at\>Juha Herrala\</at\> \[avaa\]\(https://evil.example\) \&lt;at\&gt;",
            card.GetProperty("fallbackText").GetString());
        Assert.Contains(encodedTitle, CardStrings.Of(card.GetProperty("body").GetRawText()).Split('\n'));
        Assert.False(activity.TryGetProperty("entities", out _), "the bot must not mention anyone");
        Assert.All(CardStrings.Of(delivered.Body).Split('\n'), s => Assert.DoesNotMatch(UnescapedMarkup(), s));
    }

    private async Task SayHelloAsync(string aad)
    {
        await _host.PostAsync(_host.PersonalMessage("moi", aad), _host.MintToken());
        await _host.StoredPersonalChatAsync(aad);
    }

    private async Task<JsonElement> OpenFormAsync()
    {
        var response = await _host.PostAsync(_host.PersonalMessage("tiedote"), _host.MintToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _host.ReplyInAsync(CoordinatorChat, r => r.Body.Contains("Input.", StringComparison.Ordinal));
        return CardJson.CardOf(reply.Json);
    }

    /// <summary>"Esikatsele" on the form: Teams sends the button's data with the inputs merged in.</summary>
    private static JsonObject Submit(JsonElement form, string title, string text, string link = "", string audience = "channelAndMembers",
        string when = "now", string date = "", string time = "")
    {
        var data = CardJson.ExecuteData(form, AnnouncementVerbs.Preview);
        data["title"] = title;
        data["text"] = text;
        data["link"] = link;
        data["audience"] = audience;
        data["when"] = when;
        data["date"] = date;
        data["time"] = time;
        return data;
    }

    /// <summary>Presses a button on the coordinator's card; the answer is the card that replaces it.</summary>
    private async Task<JsonElement> InvokeCardAsync(string verb, JsonObject data)
    {
        var answer = await _host.InvokeAsync(_host.CardAction(verb, data, FormCardId), _host.MintToken());
        Assert.True(answer.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive",
            $"{verb} answered with a message, not a card: {answer.GetProperty("value")}");
        return answer.GetProperty("value");
    }

    private static bool IsReportUpdate(RecordedRequest request) =>
        request.Method == "PUT" && request.ConversationId == CoordinatorChat && request.Path.EndsWith($"/activities/{FormCardId}", StringComparison.Ordinal);

    private static (int Total, int Sent, int Failed) Numbers(string card)
    {
        var match = ReportNumbers().Match(card);
        Assert.True(match.Success, $"no report line on the card: {card}");
        return (int.Parse(match.Groups["total"].Value), int.Parse(match.Groups["sent"].Value),
            match.Groups["failed"].Success ? int.Parse(match.Groups["failed"].Value) : 0);
    }

    private async Task<string> DownloadAsync(Uri link)
    {
        using var client = _host.CreateClient();
        using var response = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return System.Text.Encoding.UTF8.GetString(bytes.AsSpan(System.Text.Encoding.UTF8.GetPreamble().Length));
    }

    private async Task<Announcement> GetAsync(Guid id)
    {
        Announcement? found = null;
        await _host.RunAsync<AnnouncementStore>(async store => found = await store.GetAsync(id, CancellationToken.None));
        return found ?? throw new InvalidOperationException($"announcement {id} not stored");
    }

    private async Task<IReadOnlyList<Announcement>> RecentAsync()
    {
        IReadOnlyList<Announcement> recent = [];
        await _host.RunAsync<AnnouncementStore>(async store => recent = await store.RecentAsync(["pienet-kunnat"], 10, CancellationToken.None));
        return recent;
    }

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Helsinki).DateTime;

    [GeneratedRegex(@"Lähetetty (?<sent>\d+) / (?<total>\d+)(?: · (?<failed>\d+) epäonnistui)?")]
    private static partial Regex ReportNumbers();

    // A tag or link opener not preceded by the markdown escape.
    [GeneratedRegex(@"(?<!\\)[<\[]")]
    private static partial Regex UnescapedMarkup();
}
