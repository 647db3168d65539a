using System.Net;
using Verkostot.Bot.Protocol.Inbox;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>Two instances of the bot on one PostgreSQL database, behind a load balancer that sends Teams' repeat to the other.</summary>
public sealed class RepeatedInvokeOnPostgresTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;

    public async Task InitializeAsync() => _database = await ThrowawayDatabase.PostgresAsync("verkostot_invoke");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Invoke_DeliveredToBothInstances_RunsOnceAndBothAnswerSuccessfully()
    {
        var runs = new ActionRuns();
        await using var first = await RepeatedInvokeTests.StartAsync(runs, _database);
        await using var second = await RepeatedInvokeTests.StartAsync(runs, _database);
        var invoke = RepeatedInvokeTests.Press(first);

        var answers = await Task.WhenAll(RepeatedInvokeTests.InvokeAsync(first, invoke), RepeatedInvokeTests.InvokeAsync(second, invoke));

        Assert.Equal(1, runs.Count);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(new[] { "ajo 1", RepeatedInvokeAnswer.Finnish }.Order(StringComparer.Ordinal), answers.Select(a => a.Text).Order(StringComparer.Ordinal));
    }
}
