using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Reminders;

/// <summary>The offsets in force for each network and meeting kind: stored policies over the defaults.</summary>
public sealed class ReminderSchedule(IReadOnlyList<ReminderPolicy> stored)
{
    private readonly Dictionary<(string, MeetingKind), ReminderPolicy> byKey =
        stored.ToDictionary(p => (p.NetworkId, p.Kind));

    /// <summary>How far ahead of a meeting the earliest reminder can be due.</summary>
    public int MaxDaysBefore { get; } = stored.SelectMany(p => p.DaysBefore)
        .Concat(Enum.GetValues<MeetingKind>().SelectMany(ReminderPolicyDefaults.DaysBefore)).DefaultIfEmpty(0).Max();

    public IReadOnlyList<ReminderOffset> OffsetsFor(string networkId, MeetingKind kind) =>
        byKey.TryGetValue((networkId, kind), out var policy)
            ? [.. policy.DaysBefore.Distinct().Select(d => new ReminderOffset(d, policy.SendAt))]
            : [.. ReminderPolicyDefaults.DaysBefore(kind).Select(d => new ReminderOffset(d, ReminderPolicyDefaults.SendAt))];
}

/// <summary>"N days before the meeting at HH.mm Helsinki time".</summary>
public sealed record ReminderOffset(int DaysBefore, TimeOnly At)
{
    public string Key => $"reminder/{DaysBefore}d";

    /// <summary>
    /// Counted in Helsinki calendar days, so a reminder stays at 9.00 across a daylight-saving change. A time in
    /// the spring-forward gap moves an hour later.
    /// </summary>
    public DateTimeOffset DueFor(DateTimeOffset meetingStart)
    {
        var day = DateOnly.FromDateTime(HelsinkiTime.ToLocal(meetingStart)).AddDays(-DaysBefore);
        return HelsinkiTime.TryToUtc(day.ToDateTime(At), out var due) ? due : HelsinkiTime.ToUtc(day, At.AddHours(1));
    }
}
