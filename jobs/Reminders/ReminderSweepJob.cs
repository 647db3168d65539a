using Verkostot.Core.Reminders;

namespace Verkostot.Jobs.Reminders;

/// <summary>
/// Every few minutes on every instance. Overlapping or repeated executions are harmless: the outbox lets each
/// message go out once, so Hangfire's at-least-once execution needs no lock here.
/// </summary>
public sealed class ReminderSweepJob(ReminderSweep sweep)
{
    public const string Id = "reminder-sweep";
    public const string Cron = "*/5 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
