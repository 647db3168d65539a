using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Tests.Chat;

public sealed class MentionTextTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Entities = [.. entities],
    };

    private static Entity MentionOf(string id, string text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id }, Text = text };

    [Fact]
    public void QuestionOf_ChannelMessageWithBotMention_StripsTheMention()
    {
        var activity = Message("<at>Verkostot</at> kuka on puheenjohtaja?", MentionOf("28:bot", "<at>Verkostot</at>"));

        Assert.Equal("kuka on puheenjohtaja?", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_MentionOfAnotherPerson_KeepsTheirName()
    {
        var activity = Message(
            "<at>Verkostot</at> mikä rooli on <at>Juha Herrala</at>",
            MentionOf("28:bot", "<at>Verkostot</at>"),
            MentionOf("29:juha", "<at>Juha Herrala</at>"));

        Assert.Equal("mikä rooli on Juha Herrala", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_HtmlFromTeamsClient_IsDecodedToPlainText()
    {
        var activity = Message("<p>seuraava&nbsp;kokous &amp; asialista</p>");

        Assert.Equal("seuraava kokous & asialista", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_NoText_IsEmpty()
    {
        Assert.Equal(string.Empty, MentionText.QuestionOf(Message(null!)));
    }
}
