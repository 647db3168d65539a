using Verkostot.Core.Outbox;

namespace Verkostot.Core.Reminders;

/// <summary>What one sweep did with the rows it claimed.</summary>
public readonly record struct DeliveryCounts(int Sent, int Unreachable, int Failed, int InDoubt, int Retrying, int Dropped)
{
    public static DeliveryCounts operator +(DeliveryCounts a, DeliveryCounts b) => new(
        a.Sent + b.Sent, a.Unreachable + b.Unreachable, a.Failed + b.Failed, a.InDoubt + b.InDoubt, a.Retrying + b.Retrying, a.Dropped + b.Dropped);

    public static DeliveryCounts operator +(DeliveryCounts a, OutboxState settled) => settled switch
    {
        OutboxState.Sent => a with { Sent = a.Sent + 1 },
        OutboxState.Unreachable => a with { Unreachable = a.Unreachable + 1 },
        OutboxState.Failed => a with { Failed = a.Failed + 1 },
        OutboxState.InDoubt => a with { InDoubt = a.InDoubt + 1 },
        OutboxState.Pending => a with { Retrying = a.Retrying + 1 },
        _ => a with { Dropped = a.Dropped + 1 },
    };
}
