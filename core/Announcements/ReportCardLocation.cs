namespace Verkostot.Core.Announcements;

/// <summary>The author's card (in their chat with the bot) that the live report replaces in place.</summary>
public sealed record ReportCardLocation(string ConversationId, string ActivityId, string Endpoint);
