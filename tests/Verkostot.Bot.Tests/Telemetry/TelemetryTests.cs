using System.Diagnostics;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Catalog;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Jobs.Reminders;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// The real host exporting through OpenTelemetry's in-memory exporters: the business figures, a Hangfire job run as
/// a span with its database commands inside, logs, and no person's name or address anywhere in any of it.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    // Tue 24.11.2026 9.05 in Helsinki: the demo presidium meeting of ti 1.12.2026 has its 7-day reminder due.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private readonly CollectedTelemetry _telemetry = new();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(services: _telemetry.AddTo, time: _time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Questions_AnsweredUnansweredAndSmallTalk_CountedByOutcome()
    {
        await AskAsync(TestActivities.CoordinatorAad, "moi");
        await AskAsync(TestActivities.ChairAad, "kuka on Pienten kuntien verkoston puheenjohtaja");
        await AskAsync(TestActivities.DeputyAad, "montako kuuta jupiterilla on");

        _telemetry.Flush(_host.Services);

        Assert.Equal(1, Questions("answered"));
        Assert.Equal(1, Questions("unanswered"));
        Assert.Equal(1, Questions("small_talk"));
        Assert.Equal(3, _telemetry.Sum("verkostot.questions", ("verkostot.language", "fi")));
    }

    [Fact]
    public async Task ReminderSweep_RunByHangfire_IsASpanWithItsDatabaseCommandsAndCountsTheDeliveries()
    {
        await AskAsync(TestActivities.ChairAad, "moi");
        await AskAsync(TestActivities.DeputyAad, "moi");

        _host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderSweepJob>(job => job.RunAsync(CancellationToken.None));
        await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.ChairAad), r => r.Body.Contains("rsvp.decline", StringComparison.Ordinal));
        var run = await JobSpanAsync("job ReminderSweepJob.RunAsync");
        _telemetry.Flush(_host.Services);

        Assert.Equal(ActivityStatusCode.Unset, run.Status);
        Assert.Equal("ReminderSweepJob", run.GetTagItem("verkostot.job.type"));
        Assert.Contains(_telemetry.Spans, s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore" && s.TraceId == run.TraceId);
        Assert.Contains(_telemetry.Spans, s => s.Kind == ActivityKind.Client && s.TraceId == run.TraceId
            && s.GetTagItem("url.full") is string url && url.EndsWith("/v3/conversations/{id}/activities", StringComparison.Ordinal)
            && s.ParentSpanId != default);
        var sent = await RemindersAsync(OutboxState.Sent);
        Assert.True(sent >= 2, $"{sent} reminders sent");
        Assert.Equal(sent, _telemetry.Sum("verkostot.deliveries",
            ("verkostot.delivery.feature", "reminder"), ("verkostot.delivery.outcome", "sent"), ("verkostot.delivery.channel", "teams")));
    }

    [Fact]
    public async Task Telemetry_QuestionsAboutPeopleAndRemindersToThem_NamesNoOneAndNoAddress()
    {
        var catalog = await _host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var chair = catalog.PeopleByEntraObjectId[TestActivities.ChairAad];
        await AskAsync(TestActivities.ChairAad, $"mikä on {chair.Name}n puhelinnumero");
        await AskAsync(TestActivities.DeputyAad, $"kuka on {chair.Name}");
        _host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderSweepJob>(job => job.RunAsync(CancellationToken.None));
        await JobSpanAsync("job ReminderSweepJob.RunAsync");
        _telemetry.Flush(_host.Services);

        var texts = _telemetry.Texts();
        var personal = catalog.People
            .SelectMany(p => new[] { p.Name, p.Email, p.UserPrincipalName })
            .OfType<string>().Where(s => s.Length > 3).Distinct().ToList();
        Assert.Contains(_telemetry.Logs, l => l.FormattedMessage?.StartsWith("Question answered", StringComparison.Ordinal) == true);
        Assert.Contains(texts, t => t.StartsWith("url.full=", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => personal.Any(p => t.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    private long Questions(string outcome) => _telemetry.Sum("verkostot.questions", ("verkostot.question.outcome", outcome));

    private async Task AskAsync(string aad, string text)
    {
        var message = _host.PersonalMessage(text, aad);
        await _host.PostAsync(message);
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());
    }

    private Task<Activity> JobSpanAsync(string name) => _telemetry.JobSpanAsync(_host.Services, name, Limit);

    private async Task<int> RemindersAsync(OutboxState state)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        return await db.Set<ReminderMessage>().CountAsync(r => r.State == state);
    }
}
