namespace Verkostot.Core.Announcements;

/// <summary>A recipient who did not get the announcement, and why.</summary>
public sealed record DeliveryFailure(string RecipientName, string Reason);
