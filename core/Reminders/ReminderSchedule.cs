using Verkostot.Core.Domain;

namespace Verkostot.Core.Reminders;

/// <summary>The offsets in force for each network and meeting kind: stored policies over the defaults.</summary>
public sealed class ReminderSchedule(IReadOnlyList<ReminderPolicy> stored)
{
    private readonly Dictionary<(string, MeetingKind), ReminderPolicy> _byKey =
        stored.ToDictionary(p => (p.NetworkId, p.Kind));

    /// <summary>How far ahead of a meeting the earliest reminder can be due.</summary>
    public int MaxDaysBefore { get; } = stored.SelectMany(p => p.DaysBefore)
        .Concat(Enum.GetValues<MeetingKind>().SelectMany(ReminderPolicyDefaults.DaysBefore)).DefaultIfEmpty(0).Max();

    public IReadOnlyList<ReminderOffset> OffsetsFor(string networkId, MeetingKind kind) =>
        _byKey.TryGetValue((networkId, kind), out var policy)
            ? [.. policy.DaysBefore.Distinct().Select(d => new ReminderOffset(d, policy.SendAt))]
            : [.. ReminderPolicyDefaults.DaysBefore(kind).Select(d => new ReminderOffset(d, ReminderPolicyDefaults.SendAt))];
}
