using Verkostot.Playground.Tests.Harness;

namespace Verkostot.Playground.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class PersonalChatTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Message_InPersonalChat_BotAnswersThere()
    {
        var posted = await fixture.Playground.SayAsync(PlaygroundTenant.PersonalChatId, PlaygroundTenant.IiraAiniala, "Hei!");

        var reply = await fixture.Stream.BotMessageAsync(PlaygroundTenant.PersonalChatId, after: posted.Timestamp, ReplyTimeout);

        Assert.False(string.IsNullOrWhiteSpace(reply.Visible), "The bot's reply in the personal chat has neither text nor a card.");
    }

    [Fact]
    public async Task QuestionWhoChairs_InPersonalChat_BotAnswersWithTheChairOfTheDemoNetwork()
    {
        var posted = await fixture.Playground.SayAsync(PlaygroundTenant.PersonalChatId, PlaygroundTenant.IiraAiniala, "Kuka on verkoston puheenjohtaja?");

        var reply = await fixture.Stream.BotMessageAsync(PlaygroundTenant.PersonalChatId, after: posted.Timestamp, ReplyTimeout,
            m => m.Visible.Contains("Puheenjohtaja", StringComparison.Ordinal));

        Assert.Contains("Juha Herrala", reply.Visible);
    }
}
