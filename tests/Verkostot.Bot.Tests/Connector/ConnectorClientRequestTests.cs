using System.Text.Json;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Connector;

public sealed class ConnectorClientRequestTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";
    private ConnectorHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_Message_PostsActivityJsonToConversationActivities()
    {
        var sent = await _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:personal-1", OutgoingActivity.Message("Hei!", "fi-FI"));

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-1/activities", request.RawTarget);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("message", request.Json.GetProperty("type").GetString());
        Assert.Equal("Hei!", request.Json.GetProperty("text").GetString());
        Assert.Equal("fi-FI", request.Json.GetProperty("locale").GetString());
        Assert.StartsWith("fake-activity-", sent.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_NullFields_AreLeftOutOfTheJson()
    {
        await _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:personal-1", OutgoingActivity.Message("Hei!"));

        var json = Assert.Single(_h.Connector.Requests).Json;
        Assert.False(json.TryGetProperty("attachments", out _));
        Assert.False(json.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task SendToConversationAsync_TeamsChannelThreadId_IsEscapedAsOneSegment()
    {
        await _h.Client.SendToConversationAsync(_h.ServiceUrl, ChannelThread, OutgoingActivity.Message("Hei"));

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities", request.RawTarget);
        Assert.Equal(ChannelThread, request.ConversationId);
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToTheActivityAndSetsReplyToId()
    {
        await _h.Client.ReplyToActivityAsync(_h.ServiceUrl, ChannelThread, "1:abc=", OutgoingActivity.Message("Vastaus"));

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1%3Aabc%3D", request.RawTarget);
        Assert.Equal("1:abc=", request.Json.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_PostsGroupParametersWithChannelAndActivity()
    {
        var parameters = ConversationParameters.ChannelThread("19:general@thread.tacv2", "tenant-1", OutgoingActivity.Message("Tiedote"));

        var created = await _h.Client.CreateConversationAsync(_h.ServiceUrl, parameters);

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawTarget));
        Assert.True(request.Json.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:general@thread.tacv2", request.Json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("tenant-1", request.Json.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("Tiedote", request.Json.GetProperty("activity").GetProperty("text").GetString());
        Assert.StartsWith("a:fake-conversation-", created.Id);
        Assert.StartsWith("fake-activity-", created.ActivityId);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsMemberBotAndTenant()
    {
        await _h.Client.CreateConversationAsync(_h.ServiceUrl, ConversationParameters.PersonalChat("29:user-1", "tenant-1", "28:bot"));

        var json = Assert.Single(_h.Connector.Requests).Json;
        Assert.False(json.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user-1", json.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("28:bot", json.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("tenant-1", json.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsActivityWithItsId()
    {
        var updated = await _h.Client.UpdateActivityAsync(_h.ServiceUrl, "a:personal-1", "act:1", OutgoingActivity.Message("Päivitetty"));

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3Apersonal-1/activities/act%3A1"), (request.Method, request.RawTarget));
        Assert.Equal("act:1", request.Json.GetProperty("id").GetString());
        Assert.Equal("act:1", updated.Id);
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDeleteWithoutBody()
    {
        await _h.Client.DeleteActivityAsync(_h.ServiceUrl, ChannelThread, "act:1");

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal(("DELETE", $"/v3/conversations/{EscapedChannelThread}/activities/act%3A1"), (request.Method, request.RawTarget));
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task GetPagedMembersAsync_PageSizeAndToken_AreSentAndMembersParsed()
    {
        _h.Connector.Enqueue(FakeResponse.Json("""
            {"continuationToken":"next+page","members":[{"id":"29:u1","name":"Iira Ainiala","aadObjectId":"aad-1",
             "email":"iira@example.fi","userPrincipalName":"iira@example.fi","tenantId":"t1","userRole":"user"}]}
            """));

        var page = await _h.Client.GetPagedMembersAsync(_h.ServiceUrl, "19:team@thread.tacv2", 100, "a/b+c=");

        var request = Assert.Single(_h.Connector.Requests);
        Assert.Equal("/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers", request.Path);
        Assert.Equal("?pageSize=100&continuationToken=a%2Fb%2Bc%3D", request.Query);
        Assert.Equal("next+page", page.ContinuationToken);
        var member = Assert.Single(page.Members);
        Assert.Equal(("29:u1", "aad-1", "iira@example.fi", "t1", "user"),
            (member.Id, member.AadObjectId, member.UserPrincipalName, member.TenantId, member.UserRole));
    }

    [Fact]
    public async Task GetPagedMembersAsync_NoPaging_SendsNoQuery()
    {
        var page = await _h.Client.GetPagedMembersAsync(_h.ServiceUrl, "a:personal-1");

        Assert.Equal("/v3/conversations/a%3Apersonal-1/pagedmembers", Assert.Single(_h.Connector.Requests).RawTarget);
        Assert.Empty(page.Members);
    }

    [Fact]
    public async Task GetTeamDetailsAsync_GetsTeamAndParsesGroupId()
    {
        _h.Connector.Enqueue(FakeResponse.Json("""{"id":"19:team@thread.tacv2","name":"Pienten kuntien verkosto","aadGroupId":"group-1"}"""));

        var team = await _h.Client.GetTeamDetailsAsync(_h.ServiceUrl, "19:team@thread.tacv2");

        Assert.Equal(("GET", "/v3/teams/19%3Ateam%40thread.tacv2"), (_h.Connector.Requests[0].Method, _h.Connector.Requests[0].RawTarget));
        Assert.Equal(("Pienten kuntien verkosto", "group-1"), (team.Name, team.AadGroupId));
    }

    [Fact]
    public async Task GetChannelsAsync_GetsTeamConversationsAndParsesChannels()
    {
        _h.Connector.Enqueue(FakeResponse.Json("""{"conversations":[{"id":"19:team@thread.tacv2"},{"id":"19:x@thread.tacv2","name":"Tiedotteet"}]}"""));

        var channels = await _h.Client.GetChannelsAsync(_h.ServiceUrl, "19:team@thread.tacv2");

        Assert.Equal("/v3/teams/19%3Ateam%40thread.tacv2/conversations", Assert.Single(_h.Connector.Requests).RawTarget);
        Assert.Equal(["19:team@thread.tacv2", "19:x@thread.tacv2"], channels.Conversations.Select(c => c.Id));
        Assert.Equal("Tiedotteet", channels.Conversations[1].Name);
    }

    [Theory]
    [InlineData("amer")]
    [InlineData("amer/")]
    public async Task SendToConversationAsync_ServiceUrlWithPath_KeepsThePathWithOrWithoutSlash(string suffix)
    {
        await _h.Client.SendToConversationAsync(_h.ServiceUrl + suffix, "a:1", OutgoingActivity.Message("Hei"));

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(_h.Connector.Requests).RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithoutTrailingSlash_Works()
    {
        await _h.Client.SendToConversationAsync(_h.ServiceUrl.TrimEnd('/'), "a:1", OutgoingActivity.Message("Hei"));

        Assert.Equal("/v3/conversations/a%3A1/activities", Assert.Single(_h.Connector.Requests).RawTarget);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///tmp/connector")]
    [InlineData("127.0.0.1:3978")]
    [InlineData("")]
    public async Task SendToConversationAsync_NonHttpServiceUrl_IsRefusedWithoutARequest(string serviceUrl)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _h.Client.SendToConversationAsync(serviceUrl, "a:1", OutgoingActivity.Message("Hei")));

        Assert.Empty(_h.Connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_EmptyConversationId_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _h.Client.SendToConversationAsync(_h.ServiceUrl, " ", OutgoingActivity.Message("Hei")));
    }

    [Fact]
    public async Task SendToConversationAsync_AdaptiveCard_CarriesContentTypeAndCardJson()
    {
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Kokous"}]}""");
        var activity = OutgoingActivity.Card(Attachment.AdaptiveCard(card.RootElement), "Kokous");

        await _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:1", activity);

        var attachment = Assert.Single(_h.Connector.Requests).Json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("Kokous", attachment.GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendToConversationAsync_Mention_SendsMentionEntity()
    {
        var iira = new Account { Id = "29:u1", Name = "Iira Ainiala" };
        var mention = Mention.Of(iira);
        var activity = OutgoingActivity.Message($"{mention.Text}, uusi kokous") with { Entities = [mention] };

        await _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:1", activity);

        var entity = Assert.Single(_h.Connector.Requests).Json.GetProperty("entities")[0];
        Assert.Equal("mention", entity.GetProperty("type").GetString());
        Assert.Equal("<at>Iira Ainiala</at>", entity.GetProperty("text").GetString());
        Assert.Equal("29:u1", entity.GetProperty("mentioned").GetProperty("id").GetString());
    }
}
