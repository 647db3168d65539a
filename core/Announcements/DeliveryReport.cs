namespace Verkostot.Core.Announcements;

/// <summary>
/// Where an announcement's delivery stands. Every outbox row of it is in exactly one count, so
/// <c>Sent + Failed + Pending + Stopped == Total</c> always holds (rows being sent count as pending).
/// <see cref="ByEmail"/> is the part of <see cref="Sent"/> that went by e-mail.
/// </summary>
public sealed record DeliveryReport(int Total, int Sent, int Failed, int Pending, int Stopped, IReadOnlyList<DeliveryFailure> Failures, int ByEmail = 0)
{
    public static DeliveryReport Empty { get; } = new(0, 0, 0, 0, 0, []);

    public bool IsComplete => Pending == 0;
}
