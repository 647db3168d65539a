using Verkostot.Playground.Tests.Harness;

namespace Verkostot.Playground.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class GroupChatTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task MessageMentioningBot_InGroupChat_BotAnswersInTheGroupChat()
    {
        var posted = await fixture.Playground.MentionBotAsync(PlaygroundTenant.GroupChatId, PlaygroundTenant.IiraAiniala, "kuka on Juha Herralan varajäsen?");

        var reply = await fixture.Stream.BotMessageAsync(PlaygroundTenant.GroupChatId, after: posted.Timestamp, ReplyTimeout);

        Assert.False(string.IsNullOrWhiteSpace(reply.Visible), "The bot's reply in the group chat has neither text nor a card.");
    }
}
