using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.Conversations;
using Verkostot.Jobs.Reminders;
using Verkostot.Playground.Tests.Harness.Json;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Playground as presidium member Juha Herrala's Teams (the presidium-member mock tenant), the bot's clock on the
/// morning his reminder is due, and the reminder sweep run once: the reminder card with "Osallistun" and "En pääse"
/// waits in his 1:1 chat.
/// </summary>
public sealed class PresidiumMemberFixture : IAsyncLifetime
{
    /// <summary>
    /// Tue 24.11.2026 9.05 in Helsinki. The demo presidium meets a week before the network meeting on the second
    /// Tuesday of the month (ti 8.12.2026), i.e. ti 1.12.2026 klo 9.00, and presidium meetings are reminded of 7 days
    /// before at 9.00: this reminder is five minutes overdue. The clock stands still, so the meeting never starts.
    /// </summary>
    private static readonly DateTimeOffset ReminderMorning = new(2026, 11, 24, 7, 5, 0, TimeSpan.Zero);

    /// <summary>
    /// 8.55 the same morning, when the bot starts: Hangfire's own sweep (every five minutes on the wall clock) may run
    /// before his chat is installed, and must then find nothing due rather than mark him unreachable.
    /// </summary>
    private static readonly DateTimeOffset BeforeTheReminder = ReminderMorning.AddMinutes(-10);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private PlaygroundSession? _session;
    private PlaygroundLog? _log;

    internal PlaygroundClient Playground => _session!.Playground;

    internal ConversationStream Stream => _session!.Stream;

    /// <summary>What the bot sent anyone, Juha Herrala's deputy included (the stream shows only his own chats).</summary>
    internal PlaygroundLog Log => _log!;

    /// <summary>The reminder card as the Playground showed it in Juha Herrala's 1:1 chat.</summary>
    internal ShownMessage Reminder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(BeforeTheReminder);
        _session = await PlaygroundSession.StartAsync("playground-presidium", clock, PlaygroundTenant.PresidiumMemberTenant);
        _log = await PlaygroundLog.OpenAsync(_session.BaseAddress);

        // His 1:1 chat carries the reminder; the team's roster gives the bot his deputy's Teams id for hers.
        await Playground.InstallAsync(PlaygroundTenant.PersonalChatId);
        await Playground.InstallAsync(PlaygroundTenant.TeamId);
        await UntilStoredAsync("his 1:1 chat", store => store.FindPersonalAsync(PlaygroundTenant.JuhaHerrala.AadObjectId, CancellationToken.None));
        await UntilStoredAsync("the team", store => store.FindInTeamAsync(PlaygroundTenant.TeamId, CancellationToken.None));
        await Stream.SettleAsync(quiet: TimeSpan.FromMilliseconds(500), atMost: TimeSpan.FromSeconds(5));

        // What Hangfire's recurring job does every five minutes, once and now.
        clock.SetUtcNow(ReminderMorning);
        await using (var scope = _session.Bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);
        }

        Reminder = await Stream.BotMessageAsync(PlaygroundTenant.PersonalChatId, after: 0, Patience,
            m => m.Button(ReminderRsvpButtons.Decline) is not null);
    }

    // The bot stores conversation references behind its answers, not before.
    private async Task UntilStoredAsync(string what, Func<IConversationReferenceStore, Task<ConversationReference?>> find)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var scope = _session!.Bot.Services.CreateAsyncScope())
            {
                if (await find(scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>()) is not null)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The bot stored no conversation reference for {what} within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public async Task DisposeAsync()
    {
        if (_log is not null) await _log.DisposeAsync();
        if (_session is not null) await _session.DisposeAsync();
    }
}
