using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Conversations;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>The whole request path: POST /api/messages on the real host → answer at the fake Bot Connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Message_Question_RepliesWithAnswerCardNamingTheChair()
    {
        var activity = _host.PersonalMessage("kuka on pienten kuntien verkoston puheenjohtaja");

        var response = await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachment = reply.Json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Contains("Juha Herrala", attachment.GetProperty("content").GetRawText());
        Assert.EndsWith($"/activities/{activity["id"]!.GetValue<string>()}", reply.Path);
    }

    [Theory]
    [InlineData("kuka edustaa itä-suomea", "fi-FI", "Marjut Ahokas")]
    [InlineData("kuka on juha herralan varajäsen", "fi-FI", "Tarja Hosiasluoma")]
    [InlineData("Lapinjärveltä kuka on puheenjohtajistossa", "fi-FI", "Jarkko Sorvanto")]
    [InlineData("vem är ordförande för nätverket för små kommuner", "sv-FI", "Juha Herrala")]
    [InlineData("who represents northern finland", "en-US", "Pertti Severinkangas")]
    [InlineData("montako kuntaa pienten kuntien verkostossa on", "fi-FI", "159")]
    public async Task Message_QuestionAsPeopleWriteIt_AnswerCarriesTheFact(string question, string locale, string fact)
    {
        var activity = _host.PersonalMessage(question, locale: locale);

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Contains(fact, reply.Json.GetProperty("attachments")[0].GetProperty("content").GetProperty("fallbackText").GetString());
    }

    [Fact]
    public async Task Message_SlowConnector_PostReturnsBeforeTheReplyIsSent()
    {
        _host.Connector.Enqueue(FakeResponse.Json("""{"id":"r1"}""") with { Delay = TimeSpan.FromSeconds(3) });
        var activity = _host.PersonalMessage("moi");

        var clock = Stopwatch.StartNew();
        var response = await _host.PostAsync(activity);
        var answeredAfter = clock.Elapsed;
        await _host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredAfter < TimeSpan.FromSeconds(2), $"POST took {answeredAfter}");
    }

    [Fact]
    public async Task ChannelMessage_WithMention_AnswersInTheChannelAboutTheTeamsNetwork()
    {
        var activity = _host.ChannelMessage("kuka on verkostovastaava");

        await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(TestActivities.ChannelConversationId);

        Assert.Contains("Iira Ainiala", reply.Body);
        Assert.Contains("%3Bmessageid%3D", reply.RawTarget);
    }

    [Fact]
    public async Task BotAddedToTeam_IntroducesItselfInTheChannel()
    {
        await _host.PostAsync(TestActivities.BotAddedToTeam(_host.ServiceUrl));

        var reply = await _host.ReplyInAsync(TestActivities.ChannelId);

        Assert.Contains("Näin voin auttaa", reply.Json.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Message_StoresTheConversationReferenceForProactiveMessages()
    {
        var activity = _host.PersonalMessage("kiitos", TestActivities.ChairAad);

        await _host.PostAsync(activity);
        var stored = await _host.StoredPersonalChatAsync(TestActivities.ChairAad);

        Assert.Equal(_host.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(TestActivities.TenantId, stored.TenantId);
        Assert.Equal("personal", stored.ConversationType);
    }

    [Fact]
    public async Task InstallationRemove_ForgetsTheConversation()
    {
        var hello = _host.PersonalMessage("hei", TestActivities.DeputyAad);
        await _host.PostAsync(hello);
        await _host.StoredPersonalChatAsync(TestActivities.DeputyAad);
        var uninstall = _host.PersonalMessage("", TestActivities.DeputyAad);
        uninstall["type"] = "installationUpdate";
        uninstall["action"] = "remove";

        var response = await _host.PostAsync(uninstall);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(async () => await FindPersonalAsync(TestActivities.DeputyAad) is null,
            TimeSpan.FromSeconds(10), () => "the installation still stored");
    }

    [Fact]
    public async Task Body_Over256KB_Is413AndNothingIsSent()
    {
        var activity = _host.PersonalMessage(new string('a', 300 * 1024));

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Connector.SentActivities);
    }

    [Fact]
    public async Task Message_HugeButAllowedText_GetsAnAnswerNotAnError()
    {
        var activity = _host.PersonalMessage(string.Join(' ', Enumerable.Repeat("puheenjohtaja kokous", 6_000)));

        var response = await _host.PostAsync(activity);
        var reply = await _host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(reply.Json.TryGetProperty("attachments", out _));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"}}")]
    public async Task Body_MalformedOrIncomplete_Is400(string body)
    {
        var response = await _host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcknowledgedAndIgnored()
    {
        var activity = _host.PersonalMessage("x");
        activity["type"] = "somethingNew";

        var response = await _host.PostAsync(activity);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Connector.SentActivities);
    }

    [Fact]
    public async Task UnroutedActivity_StoresTheConversationReferenceBeforeTheAcknowledgement()
    {
        var reaction = _host.PersonalMessage("", TestActivities.ChairAad);
        reaction["type"] = "messageReaction";

        var response = await _host.PostAsync(reaction);
        var stored = await FindPersonalAsync(TestActivities.ChairAad);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_host.ServiceUrl, stored?.ServiceUrl);
    }

    [Fact]
    public async Task Invoke_StoresTheConversationReferenceBeforeTheResponse()
    {
        var activity = _host.PersonalMessage("", TestActivities.DeputyAad);
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        await _host.PostAsync(activity);
        var stored = await FindPersonalAsync(TestActivities.DeputyAad);

        Assert.Equal(_host.ServiceUrl, stored?.ServiceUrl);
    }

    [Fact]
    public async Task Invoke_Unhandled_Is501LikeTheSdk()
    {
        var activity = _host.PersonalMessage("");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task CardAction_UnknownVerb_AnswersWithAMessageInTheResponseBody()
    {
        var activity = _host.PersonalMessage("");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"no.such.verb","data":{}},"trigger":"manual"}""");

        var response = await _host.PostAsync(activity);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Tämä painike ei ole enää käytössä.", body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task CardAction_WithoutAction_Is400()
    {
        var activity = _host.PersonalMessage("");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"nothing":"here"}""");

        var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<ConversationReference?> FindPersonalAsync(string aad)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindPersonalAsync(aad, CancellationToken.None);
    }
}
