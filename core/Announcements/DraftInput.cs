namespace Verkostot.Core.Announcements;

/// <summary>The compose form's values as the card sends them: all strings, any of them missing or malformed.</summary>
public sealed record DraftInput(
    string? NetworkId,
    string? Title,
    string? Text,
    string? Link,
    string? Audience,
    string? When,
    string? Date,
    string? Time)
{
    public const string WhenNow = "now";
    public const string WhenLater = "later";
}
