using System.Text;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Tests.Protocol;

public sealed class InboundActivityReaderTests
{
    private const string Valid = """
        {"type":"message","id":"a1","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
         "from":{"id":"29:user","aadObjectId":"aad-1","name":"Juha"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"t1"},
         "recipient":{"id":"28:bot"},"text":"moi","locale":"fi-FI","unknownField":{"nested":[1,2,3]},
         "channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:chan@thread.tacv2"},"eventType":"teamMemberAdded"}}
        """;

    [Fact]
    public void Parse_TeamsMessage_ReadsFieldsAndIgnoresUnknownOnes()
    {
        var read = InboundActivityReader.Parse(Encoding.UTF8.GetBytes(Valid));

        Assert.NotNull(read.Activity);
        Assert.Equal("message", read.Activity.Type);
        Assert.Equal("aad-1", read.Activity.From!.AadObjectId);
        Assert.Equal("t1", read.Activity.ChannelData!.Tenant!.Id);
        Assert.Equal("19:chan@thread.tacv2", read.Activity.ChannelData.Channel!.Id);
        Assert.Equal("teamMemberAdded", read.Activity.ChannelData.EventType);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","conversation":{"id":"c"},"timestamp":"yesterday"}""")]
    public void Parse_MalformedJson_Is400(string body)
    {
        var read = InboundActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Null(read.Activity);
        Assert.Equal(400, read.Status);
    }

    [Theory]
    [InlineData("""{"serviceUrl":"https://x/","conversation":{"id":"c"}}""", "type")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/"}""", "conversation")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","conversation":{}}""", "conversation")]
    [InlineData("""{"type":"message","serviceUrl":"file:///etc/passwd","conversation":{"id":"c"}}""", "serviceUrl")]
    public void Parse_MissingRequiredField_Is400NamingIt(string body, string field)
    {
        var read = InboundActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(400, read.Status);
        Assert.Contains(field, read.Problem);
    }
}
