using Verkostot.Playground.Tests.Harness;

namespace Verkostot.Playground.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class GroupChatTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task DeputyQuestionMentioningBot_InGroupChat_BotNamesTheDeputyInTheGroupChat()
    {
        var posted = await fixture.Playground.MentionBotAsync(PlaygroundTenant.GroupChatId, PlaygroundTenant.IiraAiniala, "kuka on Juha Herralan varajäsen?");

        var reply = await fixture.Stream.BotMessageAsync(PlaygroundTenant.GroupChatId, after: posted.Timestamp, ReplyTimeout,
            m => m.Visible.Contains("edustajat", StringComparison.Ordinal));

        Assert.Contains("Tarja Hosiasluoma", reply.Visible);
    }
}
