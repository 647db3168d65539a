using Verkostot.Core.Domain;

namespace Verkostot.Core.Reminders;

/// <summary>The defaults: presidium meetings 7 days and 1 day before, network meetings 2 days before, at 9.00.</summary>
public static class ReminderPolicyDefaults
{
    public static readonly TimeOnly SendAt = new(9, 0);

    public static IReadOnlyList<int> DaysBefore(MeetingKind kind) => kind switch
    {
        MeetingKind.PresidiumMeeting => [7, 1],
        MeetingKind.NetworkMeeting => [2],
        _ => [],
    };
}
