using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Protocol.Inbox;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// Teams delivers an invoke again when our answer was slow: the card's action (an RSVP, "send the announcement")
/// runs once, and every delivery gets a successful answer.
/// </summary>
public sealed class RepeatedInvokeTests
{
    [Fact]
    public async Task Invoke_DeliveredAgainAfterItWasAnswered_RunsOnceAndGetsTheFirstAnswer()
    {
        var runs = new ActionRuns();
        await using var host = await StartAsync(runs);
        var invoke = Press(host);

        var first = await InvokeAsync(host, invoke);
        var again = await InvokeAsync(host, invoke);

        Assert.Equal(1, runs.Count);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, again.Status));
        Assert.Equal("ajo 1", first.Text);
        Assert.Equal(first.Text, again.Text);
    }

    [Fact]
    public async Task Invoke_DeliveredAgainWhileItRuns_RunsOnceAndBothGetItsAnswer()
    {
        var gate = new CommandGate();
        var runs = new ActionRuns(gate);
        await using var host = await StartAsync(runs);
        var invoke = Press(host);

        var first = InvokeAsync(host, invoke);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var again = InvokeAsync(host, invoke);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        gate.Open.SetResult();
        var answers = await Task.WhenAll(first, again);

        Assert.Equal(1, runs.Count);
        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "ajo 1"), (a.Status, a.Text)));
    }

    [Fact]
    public async Task Invoke_DeliveredAgainAfterARestart_IsNotRunAgainAndAnsweredAsHandled()
    {
        await using var database = ThrowawayDatabase.Sqlite(pooling: true);
        var runs = new ActionRuns();
        JsonObject invoke;
        await using (var before = await StartAsync(runs, database))
        {
            invoke = Press(before);
            await InvokeAsync(before, invoke);
        }
        await using var after = await StartAsync(runs, database);

        var again = await InvokeAsync(after, invoke);

        Assert.Equal(1, runs.Count);
        Assert.Equal((HttpStatusCode.OK, RepeatedInvokeAnswer.Finnish), (again.Status, again.Text));
    }

    [Fact]
    public async Task Invoke_SameActivityIdInAnotherConversation_RunsThereToo()
    {
        var runs = new ActionRuns();
        await using var host = await StartAsync(runs);
        var mine = Press(host, TestActivities.ChairAad);
        var theirs = Press(host, TestActivities.DeputyAad);
        theirs["id"] = mine["id"]!.GetValue<string>();

        await InvokeAsync(host, mine);
        var answer = await InvokeAsync(host, theirs);

        Assert.Equal(2, runs.Count);
        Assert.Equal("ajo 2", answer.Text);
    }

    internal static Task<BotTestHost> StartAsync(ActionRuns runs, ThrowawayDatabase? database = null) =>
        BotTestHost.StartAsync(
            database is null ? null : new Dictionary<string, string?>(database.Storage),
            services =>
            {
                services.AddSingleton(runs);
                services.AddRoutes([CountingAction.Route]);
            });

    internal static JsonObject Press(BotTestHost host, string aadObjectId = TestActivities.CoordinatorAad) =>
        host.CardAction(CountingAction.Verb, new JsonObject(), replyToId: "1700000000001", aadObjectId);

    /// <summary>Posts the invoke; its status and the message Teams would show (the answer's value).</summary>
    internal static async Task<(HttpStatusCode Status, string? Text)> InvokeAsync(BotTestHost host, JsonObject invoke)
    {
        using var response = await host.PostAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();
        var text = body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.GetProperty("value").GetString();
        return (response.StatusCode, text);
    }
}
