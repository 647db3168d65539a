namespace Verkostot.Bot.Announcements;

/// <summary>Commands are matched on their words alone: case, extra spaces and end punctuation do not matter.</summary>
public static class CommandWords
{
    public static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!', '?').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
