using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Time;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Meetings;

/// <summary>
/// "muokkaa kokous" on the real host with the demo network. On ti 24.11.2026 klo 9.05 its first coming meeting is
/// the presidium's, ti 1.12.2026 klo 9.00; the demo coordinator may edit it, the deputy may not.
/// </summary>
public sealed class MeetingEditTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(time: _time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("muokkaa kokous")]
    [InlineData("Muokkaa kokousta")]
    public async Task Command_FromCoordinator_ListsComingMeetingsEachWithEditButton(string command)
    {
        var list = await CommandAsync(command, TestActivities.CoordinatorAad);

        var card = CardJson.CardOf(list.Json);
        var text = CardStrings.Of(card.GetRawText());
        Assert.Contains("Muokkaa kokousta", text);
        Assert.Contains("Puheenjohtajiston kokous ti 1.12.2026 klo 9.00", text);
        Assert.Equal((await FirstMeetingAsync()).Id.ToString(), CardJson.ExecuteData(card, MeetingFormCards.OpenEditVerb)["meetingId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_FromOrdinaryMember_RefusedPolitely()
    {
        var reply = await CommandAsync("muokkaa kokous", TestActivities.DeputyAad);

        Assert.Equal(MeetingCommandTexts.OnlyCoordinators("muokata kokouksia"), reply.Text);
    }

    [Fact]
    public async Task OpenEdit_Coordinator_FormPrefilledWithTheMeetingAsItIs()
    {
        var meeting = await FirstMeetingAsync();

        var form = await OpenFormAsync(meeting.Id);

        Assert.Equal("2026-12-01", InputValue(form, "date"));
        Assert.Equal("09:00", InputValue(form, "time"));
        Assert.Equal(meeting.Place, InputValue(form, "place"));
        Assert.Equal(meeting.TeamsLink, InputValue(form, "teamsLink"));
        Assert.Equal(string.Join("\n", meeting.Agenda), InputValue(form, "agenda"));
        Assert.Equal(meeting.Id.ToString(), CardJson.ExecuteData(form, MeetingFormCards.EditVerb)["meetingId"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenEdit_ForgedByOrdinaryMember_RefusedPolitely()
    {
        var meeting = await FirstMeetingAsync();

        var response = await InvokeAsync(MeetingFormCards.OpenEditVerb, new JsonObject { ["meetingId"] = meeting.Id.ToString() }, TestActivities.DeputyAad);

        Assert.Equal(MeetingCommandTexts.OnlyCoordinators("muokata kokouksia"), response.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Save_ValidInput_SavedAndConfirmedWithTheDetails()
    {
        var meeting = await FirstMeetingAsync();

        var response = await SaveAsync(meeting.Id, place: "Kuntatalo, sali B", agenda: "Talousarvio\nMuut asiat");

        var card = CardStrings.Of(response.GetProperty("value").GetRawText());
        Assert.Contains(MeetingCommandTexts.Updated, card);
        Assert.Contains("Kuntatalo, sali B", card);
        Assert.Contains("- Talousarvio", card);
        var saved = await MeetingAsync(meeting.Id);
        Assert.Equal(("Kuntatalo, sali B", meeting.StartsAt), (saved.Place, saved.StartsAt));
        Assert.Equal(["Talousarvio", "Muut asiat"], saved.Agenda);
    }

    [Fact]
    public async Task Save_ValidInput_InTheChangeLogAsTheCoordinatorsChatChange()
    {
        var meeting = await FirstMeetingAsync();

        await SaveAsync(meeting.Id, place: "Kuntatalo, sali B");

        ChangeLogPage log = null!;
        await _host.RunAsync<ChangeLogQuery>(async q => log = await q.ListAsync(new ChangeLogFilter(Kind: ChangedKind.Meeting), CancellationToken.None));
        var entry = Assert.Single(log.Entries);
        Assert.Equal((meeting.Id.ToString(), ChangeAction.Changed, "place"), (entry.EntityId, entry.Action, entry.Summary));
        Assert.Equal(("iira-ainiala", ChangeChannel.Chat), (entry.ActorPersonId, entry.Channel));
    }

    [Fact]
    public async Task Save_NewTime_MovedAndConfirmedAsMoved()
    {
        var meeting = await FirstMeetingAsync();

        var response = await SaveAsync(meeting.Id, date: "2026-12-03", time: "13:00");

        Assert.Contains(MeetingCommandTexts.UpdatedAndMoved, CardStrings.Of(response.GetProperty("value").GetRawText()));
        Assert.Equal(HelsinkiTime.ToUtc(new DateOnly(2026, 12, 3), new TimeOnly(13, 0)), (await MeetingAsync(meeting.Id)).StartsAt);
    }

    [Fact]
    public async Task Save_TeamsLinkNotHttps_FormBackWithFinnishMessageAndNothingSaved()
    {
        var meeting = await FirstMeetingAsync();

        var response = await SaveAsync(meeting.Id, teamsLink: "http://teams.example/x");

        var card = CardStrings.Of(response.GetProperty("value").GetRawText());
        Assert.Contains("Teams-linkin pitää alkaa https://.", card);
        Assert.Contains("http://teams.example/x", card);
        Assert.Equal(meeting.TeamsLink, (await MeetingAsync(meeting.Id)).TeamsLink);
    }

    [Fact]
    public async Task Save_ForgedByOrdinaryMember_RefusedPolitelyAndNothingSaved()
    {
        var meeting = await FirstMeetingAsync();

        var response = await SaveAsync(meeting.Id, place: "Muualla", from: TestActivities.DeputyAad);

        Assert.Equal(MeetingCommandTexts.OnlyCoordinators("muokata kokouksia"), response.GetProperty("value").GetString());
        Assert.Equal(meeting.Place, (await MeetingAsync(meeting.Id)).Place);
    }

    [Fact]
    public async Task Save_MeetingCancelledMeanwhile_NotFound()
    {
        var meeting = await FirstMeetingAsync();

        var response = await SaveAsync(meeting.Id, place: "Kuntatalo, sali B",
            meanwhile: () => _host.RunAsync<MeetingEditor>(editor => editor.CancelAsync(meeting.Id, new ChangeActor("iira-ainiala", "Iira Ainiala", ChangeChannel.Chat), CancellationToken.None)));

        Assert.Contains(MeetingCommandTexts.NotFound, CardStrings.Of(response.GetProperty("value").GetRawText()));
    }

    private async Task<RecordedRequest> CommandAsync(string text, string aad)
    {
        await _host.PostAsync(_host.PersonalMessage(text, aad));
        return await _host.ReplyInAsync(TestActivities.PersonalConversationId(aad));
    }

    private async Task<JsonElement> OpenFormAsync(int meetingId)
    {
        var response = await InvokeAsync(MeetingFormCards.OpenEditVerb, new JsonObject { ["meetingId"] = meetingId.ToString() }, TestActivities.CoordinatorAad);
        return response.GetProperty("value");
    }

    /// <summary>Presses "Tallenna" on the prefilled form with some fields changed, as Teams merges the inputs into the data.</summary>
    private async Task<JsonElement> SaveAsync(int meetingId, string? date = null, string? time = null, string? place = null, string? teamsLink = null,
        string? agenda = null, string from = TestActivities.CoordinatorAad, Func<Task>? meanwhile = null)
    {
        var form = await OpenFormAsync(meetingId);
        var data = CardJson.ExecuteData(form, MeetingFormCards.EditVerb);
        foreach (var (id, value) in new[] { ("date", date), ("time", time), ("place", place), ("teamsLink", teamsLink), ("agenda", agenda) })
        {
            data[id] = value ?? InputValue(form, id);
        }
        if (meanwhile is not null) await meanwhile();
        return await InvokeAsync(MeetingFormCards.EditVerb, data, from);
    }

    private Task<JsonElement> InvokeAsync(string verb, JsonObject data, string aad) =>
        _host.InvokeAsync(_host.CardAction(verb, data, replyToId: "form-message", aadObjectId: aad));

    private async Task<Meeting> FirstMeetingAsync()
    {
        var catalog = await CatalogAsync();
        return catalog.MeetingsOf(Core.DemoData.DemoMeetingSchedule.NetworkId)
            .Where(m => !m.IsCancelled && m.StartsAt > _time.GetUtcNow()).MinBy(m => m.StartsAt)!;
    }

    private async Task<Meeting> MeetingAsync(int id) => (await CatalogAsync()).MeetingsById[id];

    private async Task<NetworkCatalog> CatalogAsync()
    {
        NetworkCatalog catalog = null!;
        await _host.RunAsync<ICatalogSource>(async source => catalog = await source.GetAsync(CancellationToken.None));
        return catalog;
    }

    private static string? InputValue(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id) is var input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;
}
