using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Logging;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>What a fuzzer found, each through the real host: refused at the edge with a reason, never thrown.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(
        new Dictionary<string, string?>
        {
            // A dead conversation retries quickly here, so its warnings pile up within the test.
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:MaxRetryDelay"] = "00:00:00.050",
        },
        services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConversationUpdate_NullEntryInMembersAdded_Is400NamingItAndTheBotStillAnswers()
    {
        var update = _host.PersonalMessage("");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = TestActivities.BotId });

        var response = await _host.PostAsync(update);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "membersAdded[0] is null");
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task CardAction_LoneSurrogateInVerb_Is400NotAFailure()
    {
        var invoke = _host.CardAction("VERB", new JsonObject(), replyToId: "1700000000000").ToJsonString()
            .Replace("\"VERB\"", "\"\\ud800x\"", StringComparison.Ordinal);

        var response = await _host.PostAsync(invoke);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "not well-formed UTF-16");
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Message_255KbConversationId_Is400AndNothingGoesToTheConnector()
    {
        var message = _host.PersonalMessage("moi");
        message["conversation"]!["id"] = "a:" + new string('c', 255 * 1024);

        var response = await _host.PostAsync(message);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "conversation.id is longer than 1024 characters");
        await Task.Delay(200);
        Assert.Empty(_host.Connector.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Body_NotSentAsJson_Is415AndNotRead(string? contentType)
    {
        using var client = _host.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(_host.PersonalMessage("moi").ToJsonString()));
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        var response = await client.PostAsync("/api/messages", content);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "application/json");
        await Task.Delay(200);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task CardAction_VerbWithLineBreaksAndTerminalCodes_LoggedAsOneEscapedLine()
    {
        var verb = "x\r\nwarn: Verkostot.Bot[0] FORGED\u001b[2J";

        await _host.InvokeAsync(_host.CardAction(verb, new JsonObject(), replyToId: "1700000000000"));

        var entry = Assert.Single(_logs.Entries, e => e.Message.Contains("FORGED", StringComparison.Ordinal));
        var line = WriteToConsole(entry.Level, entry.Message);
        Assert.Equal(1, line.Count(c => c == '\n'));
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains(@"x\r\nwarn: Verkostot.Bot[0] FORGED\u001B[2J", line);
    }

    [Fact]
    public async Task DeadConversation_ManyMessages_WarningsRateLimited()
    {
        var dead = $"http://127.0.0.1:{LoopbackPort.Free()}/";
        for (var i = 0; i < 60; i++)
        {
            var message = TestActivities.PersonalMessage(dead, "moi", TestActivities.CoordinatorAad, "fi-FI");
            Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(message)).StatusCode);
        }

        await WaitUntilAsync(() => _logs.Entries.Count(e => e.Level == LogLevel.Warning) >= 20, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2));

        // The sampler counts each level of an event on its own: Polly reports a connector call's retried attempts as
        // warnings and its last attempt as an error, each capped.
        var perKind = _logs.Entries.Where(e => e.Level >= LogLevel.Warning).GroupBy(e => $"{e.Category}[{e.EventId.Id}] {e.EventId.Name} {e.Level}")
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perKind, kind => Assert.True(kind.Value <= Verkostot.Bot.Logging.RepeatedLogSampler.Burst,
            $"{kind.Key}: {kind.Value} lines"));
    }

    private string WriteToConsole(LogLevel level, string message)
    {
        var name = _host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        var formatter = _host.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        var writer = new StringWriter();
        formatter.Write(new LogEntry<string>(level, "Verkostot.Bot", default, message, null, (s, _) => s), null, writer);
        return writer.ToString();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertStillAnswersAsync()
    {
        var question = _host.PersonalMessage("milloin on seuraava kokous");
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(question)).StatusCode);
        await _host.ReplyInAsync(question["conversation"]!["id"]!.GetValue<string>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
