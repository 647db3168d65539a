using Verkostot.Bot.Announcements;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Questions.Answering;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>Coordinators' typed commands through /api/messages: the form for coordinators, a polite no for others.</summary>
public sealed class CoordinatorCommandTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("tiedote", "Uusi tiedote")]
    [InlineData("Uusi tiedote", "Uusi tiedote")]
    [InlineData("meddelande", "Uusi tiedote")]
    [InlineData("announcement", "Uusi tiedote")]
    [InlineData("lisää kokous", "Lisää kokous")]
    public async Task Command_FromCoordinator_OpensItsCardForm(string command, string formTitle)
    {
        var activity = _host.PersonalMessage(command, TestActivities.CoordinatorAad);

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.CoordinatorAad));

        var card = reply.Json.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(formTitle, card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("Input.", card.GetRawText());
    }

    [Fact]
    public async Task Help_FromCoordinator_OffersTheCommandsAsButtons()
    {
        await _host.PostAsync(_host.PersonalMessage("apua", TestActivities.CoordinatorAad));
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.CoordinatorAad));

        var card = reply.Json.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("Verkostovastaavana voit myös:", CardStrings.Of(card.GetRawText()));
        var buttons = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
        Assert.Equal(ConversationAnswers.CoordinatorCommands, buttons);
    }

    [Fact]
    public async Task Help_FromOrdinaryMember_NoCoordinatorCommands()
    {
        await _host.PostAsync(_host.PersonalMessage("apua", TestActivities.DeputyAad));
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad));

        var card = CardStrings.Of(reply.Json.GetProperty("attachments")[0].GetProperty("content").GetRawText());
        Assert.Contains("Näin voin auttaa", card);
        Assert.DoesNotContain("Verkostovastaavana", card);
        Assert.DoesNotContain("lisää kokous", card);
    }

    [Fact]
    public async Task Announcement_FromOrdinaryMember_IsRefusedPolitely()
    {
        var activity = _host.PersonalMessage("tiedote", TestActivities.DeputyAad);

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad));

        Assert.Equal(AnnouncementAccess.Refusal, reply.Text);
    }

    [Fact]
    public async Task Announcement_FromOrdinaryMemberInSwedishTeams_IsRefusedInSwedish()
    {
        var activity = _host.PersonalMessage("meddelande", TestActivities.DeputyAad, locale: "sv-FI");

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad));

        Assert.Equal(AnnouncementAccess.SwedishRefusal, reply.Text);
    }

    [Fact]
    public async Task EditMeeting_FromCommandToSave_ConfirmedAndTheNextMeetingAnswerShowsTheNewPlace()
    {
        var chat = TestActivities.PersonalConversationId(TestActivities.CoordinatorAad);
        await _host.PostAsync(_host.PersonalMessage("muokkaa kokousta", TestActivities.CoordinatorAad));
        var list = await _host.ReplyInAsync(chat);

        var open = await _host.InvokeAsync(_host.CardAction(MeetingFormCards.OpenEditVerb,
            CardJson.ExecuteData(CardJson.CardOf(list.Json), MeetingFormCards.OpenEditVerb), "list"));
        var form = open.GetProperty("value");
        var data = CardJson.ExecuteData(form, MeetingFormCards.EditVerb);
        foreach (var input in form.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("id", out _)))
        {
            data[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString() : null;
        }
        data["place"] = "Kuntatalo, sali B";
        var saved = await _host.InvokeAsync(_host.CardAction(MeetingFormCards.EditVerb, data, "form"));

        await _host.PostAsync(_host.PersonalMessage("seuraava kokous", TestActivities.CoordinatorAad));
        var answer = await _host.ReplyInAsync(chat, r => r.Body.Contains("sali B", StringComparison.Ordinal));

        Assert.Equal("application/vnd.microsoft.card.adaptive", saved.GetProperty("type").GetString());
        Assert.Contains(MeetingCommandTexts.Updated, Announcements.CardStrings.Of(saved.GetProperty("value").GetRawText()));
        Assert.Contains("Kuntatalo, sali B", System.Text.RegularExpressions.Regex.Unescape(answer.Body));
    }
}
