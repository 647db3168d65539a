namespace Verkostot.Core.Reminders.Notices;

/// <summary>Someone the bot could not reach, and why in words the coordinator can act on.</summary>
public sealed record UndeliveredRecipient(string Name, string Reason);
