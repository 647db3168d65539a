using Verkostot.Bot.Announcements;
using Verkostot.Bot.Tests.Hosting;

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
    public async Task Announcement_FromOrdinaryMember_IsRefusedPolitely()
    {
        var activity = _host.PersonalMessage("tiedote", TestActivities.DeputyAad);

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad));

        Assert.Equal(AnnouncementAccess.Refusal, reply.Text);
    }
}
