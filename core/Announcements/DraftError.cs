namespace Verkostot.Core.Announcements;

/// <summary>A problem with one form field, in words the coordinator can act on.</summary>
public sealed record DraftError(string Field, string Message);
