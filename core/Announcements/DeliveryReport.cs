namespace Verkostot.Core.Announcements;

/// <summary>
/// Where an announcement's delivery stands. Every outbox row of it is in exactly one count, so
/// <c>Sent + Failed + Pending + Stopped == Total</c> always holds (rows being sent count as pending).
/// </summary>
public sealed record DeliveryReport(int Total, int Sent, int Failed, int Pending, int Stopped, IReadOnlyList<DeliveryFailure> Failures)
{
    public static DeliveryReport Empty { get; } = new(0, 0, 0, 0, 0, []);

    public bool IsComplete => Pending == 0;
}

/// <summary>A recipient who did not get the announcement, and why.</summary>
public sealed record DeliveryFailure(string RecipientName, string Reason);
