namespace Verkostot.Core.Reminders;

/// <summary>What one sweep did with the rows it claimed.</summary>
public readonly record struct DeliveryCounts(int Sent, int Unreachable, int Failed, int InDoubt, int Retrying, int Dropped)
{
    public static DeliveryCounts operator +(DeliveryCounts a, DeliveryCounts b) => new(
        a.Sent + b.Sent, a.Unreachable + b.Unreachable, a.Failed + b.Failed, a.InDoubt + b.InDoubt, a.Retrying + b.Retrying, a.Dropped + b.Dropped);

    public static DeliveryCounts operator +(DeliveryCounts a, ReminderState settled) => settled switch
    {
        ReminderState.Sent => a with { Sent = a.Sent + 1 },
        ReminderState.Unreachable => a with { Unreachable = a.Unreachable + 1 },
        ReminderState.Failed => a with { Failed = a.Failed + 1 },
        ReminderState.InDoubt => a with { InDoubt = a.InDoubt + 1 },
        ReminderState.Pending => a with { Retrying = a.Retrying + 1 },
        _ => a with { Dropped = a.Dropped + 1 },
    };
}
