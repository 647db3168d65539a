using System.Net;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>Teams delivers an activity again when our acknowledgement was slow; the person gets one answer.</summary>
public sealed class DuplicateDeliveryTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Message_DeliveredAgainAfterItWasAnswered_IsAcknowledgedAndNotAnsweredAgain()
    {
        var activity = _host.PersonalMessage("kuka on puheenjohtaja");
        using var first = await _host.PostAsync(activity);
        await _host.ReplyInAsync(Answers.ConversationOf(activity));

        using var again = await _host.PostAsync(activity);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, Answers.PerActivity(_host.Connector.Requests)[Answers.IdOf(activity)]);
    }

    [Fact]
    public async Task Message_DeliveredTwiceAtOnce_IsAnsweredOnce()
    {
        var activity = _host.PersonalMessage("milloin on seuraava kokous");

        var responses = await Task.WhenAll(_host.PostAsync(activity), _host.PostAsync(activity), _host.PostAsync(activity));
        await _host.ReplyInAsync(Answers.ConversationOf(activity));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, Answers.PerActivity(_host.Connector.Requests)[Answers.IdOf(activity)]);
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsAnsweredThere()
    {
        var mine = _host.PersonalMessage("kuka on puheenjohtaja", TestActivities.ChairAad);
        var theirs = _host.PersonalMessage("kuka on puheenjohtaja", TestActivities.DeputyAad);
        theirs["id"] = Answers.IdOf(mine);

        await _host.PostAsync(mine);
        await _host.PostAsync(theirs);

        await _host.ReplyInAsync(Answers.ConversationOf(mine));
        await _host.ReplyInAsync(Answers.ConversationOf(theirs));
    }
}
