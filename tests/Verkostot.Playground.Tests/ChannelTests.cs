using Verkostot.Playground.Tests.Harness;

namespace Verkostot.Playground.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class ChannelTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task MessageMentioningBot_InChannel_BotAnswersInThatThread()
    {
        var posted = await fixture.Playground.MentionBotAsync(PlaygroundTenant.TeamId, PlaygroundTenant.IiraAiniala, "milloin on seuraava kokous?");
        var thread = posted.PostConversationId;
        Assert.NotNull(thread);
        Assert.StartsWith($"{PlaygroundTenant.TeamId};messageid=", thread);

        var reply = await fixture.Stream.BotMessageAsync(thread, after: posted.Timestamp, ReplyTimeout);

        Assert.False(string.IsNullOrWhiteSpace(reply.Visible), "The bot's reply in the channel has neither text nor a card.");
    }
}
