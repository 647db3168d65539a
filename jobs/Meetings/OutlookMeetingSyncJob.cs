using Verkostot.Core.Meetings.Outlook;

namespace Verkostot.Jobs.Meetings;

/// <summary>
/// On the reminder sweep's rhythm, on every instance: Outlook events follow the bot's meetings and attendees' answers
/// come back. The sync holds a lease, so overlapping runs simply skip.
/// </summary>
public sealed class OutlookMeetingSyncJob(OutlookMeetingSync sync)
{
    public const string Id = "outlook-meetings";
    public const string Cron = Reminders.ReminderSweepJob.Cron;

    public Task RunAsync(CancellationToken cancellationToken) => sync.RunAsync(cancellationToken);
}
