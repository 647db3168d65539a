using Verkostot.Core.Domain;

namespace Verkostot.Core.Reminders;

/// <summary>
/// When a network's meetings of one kind are reminded of, stored per network and kind; kinds without a row
/// follow <see cref="ReminderPolicyDefaults"/>.
/// </summary>
public sealed class ReminderPolicy
{
    public int Id { get; set; }
    public required string NetworkId { get; set; }
    public MeetingKind Kind { get; set; }
    /// <summary>Days before the meeting, e.g. [7, 1]; empty turns reminders off for the kind.</summary>
    public List<int> DaysBefore { get; set; } = [];
    /// <summary>Helsinki wall-clock time the reminders go out.</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);
}
