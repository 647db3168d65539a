using System.Text;
using Microsoft.AspNetCore.Http;
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

    [Fact]
    public void Parse_NullEntryInMembersAdded_Is400NamingIt()
    {
        var read = Parse(Valid.Replace("\"text\":\"moi\"", "\"membersAdded\":[{\"id\":\"28:bot\"},null]"));

        Assert.Equal(400, read.Status);
        Assert.Contains("membersAdded[1] is null", read.Problem);
    }

    [Fact]
    public void Parse_LoneSurrogateInCardVerb_Is400()
    {
        var read = Parse(Valid.Replace("\"text\":\"moi\"",
            "\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"\\ud800x\"}}")
            .Replace("{\"type\":\"message\",", "{"));

        Assert.Equal(400, read.Status);
        Assert.Contains("value", read.Problem);
    }

    [Fact]
    public void Parse_LoneSurrogateInText_Is400()
    {
        var read = Parse(Valid.Replace("\"text\":\"moi\"", "\"text\":\"kuka \\udc00 johtaa\""));

        Assert.Equal(400, read.Status);
        Assert.Null(read.Activity);
    }

    [Fact]
    public void Parse_255KbConversationId_Is400NamingIt()
    {
        var read = Parse(Valid.Replace("\"id\":\"a:1\"", $"\"id\":\"a:{new string('c', 255 * 1024)}\""));

        Assert.Equal(400, read.Status);
        Assert.Equal($"conversation.id is longer than {ActivityLimits.MaxConversationIdLength} characters.", read.Problem);
    }

    [Theory]
    [InlineData("\"id\":\"a:1\"", "\"id\":\"a:1\\r\\nFORGED\"", "conversation.id")]
    [InlineData("\"tenant\":{\"id\":\"t1\"}", "\"tenant\":{\"id\":\"t1\\u001b[2J\"}", "channelData.tenant.id")]
    [InlineData("\"id\":\"29:user\"", "\"id\":\"29:user\\u0000\"", "from.id")]
    public void Parse_ControlCharacterInAnId_Is400NamingIt(string field, string replacement, string name)
    {
        var read = Parse(Valid.Replace(field, replacement));

        Assert.Equal(400, read.Status);
        Assert.Equal($"{name} contains control characters.", read.Problem);
    }

    [Fact]
    public void Parse_NullEntity_Is400NamingIt()
    {
        var read = Parse(Valid.Replace("\"text\":\"moi\"", "\"text\":\"moi\",\"entities\":[null]"));

        Assert.Equal(400, read.Status);
        Assert.Contains("entities[0] is null", read.Problem);
    }

    [Fact]
    public void Parse_TextLongerThanKept_CutToItsBeginning()
    {
        var longText = string.Concat(Enumerable.Repeat("kuka johtaa ", 20_000));

        var read = Parse(Valid.Replace("\"text\":\"moi\"", $"\"text\":\"{longText}\""));

        Assert.Equal(ActivityLimits.MaxKeptTextLength, read.Activity!.Text!.Length);
        Assert.StartsWith("kuka johtaa kuka johtaa", read.Activity.Text);
    }

    [Fact]
    public void Kept_CutWouldSplitASurrogatePair_CutsBeforeIt()
    {
        var text = new string('a', ActivityLimits.MaxKeptTextLength - 1) + "👍" + "tail";

        var kept = ActivityLimits.Kept(new Activity { Text = text });

        Assert.Equal(ActivityLimits.MaxKeptTextLength - 1, kept.Text!.Length);
        Assert.False(char.IsHighSurrogate(kept.Text[^1]));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task ReadAsync_ContentTypeNotJson_Is415(string? contentType)
    {
        var read = await ReadAsync(Valid, contentType);

        Assert.Equal(415, read.Status);
        Assert.Null(read.Activity);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/activity+json")]
    public async Task ReadAsync_JsonContentType_Read(string contentType)
    {
        var read = await ReadAsync(Valid, contentType);

        Assert.NotNull(read.Activity);
    }

    private static InboundRead Parse(string json) => InboundActivityReader.Parse(Encoding.UTF8.GetBytes(json));

    private static Task<InboundRead> ReadAsync(string body, string? contentType)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Request.ContentType = contentType;
        return InboundActivityReader.ReadAsync(http.Request, CancellationToken.None);
    }
}
