namespace Verkostot.Core.Reminders;

/// <param name="Planned">Outbox rows added (reminders, move and cancellation notices).</param>
/// <param name="ExpiredClaims">Rows found abandoned in Sending and marked in doubt.</param>
public sealed record SweepResult(int Planned, int ExpiredClaims, DeliveryCounts Delivered);
