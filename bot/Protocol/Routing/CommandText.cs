namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// Messages and command words are compared as people mean them: case, extra spaces, end punctuation and the dots of
/// ä, ö and å (missing on many keyboards) do not matter.
/// </summary>
public static class CommandText
{
    /// <summary>Lower case, single spaces, no end punctuation: how command words are written in the table.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!', '?').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>What is compared: <see cref="Normalize"/>d, with ä, ö and å as a, o and a.</summary>
    public static string Comparable(string text) => Normalize(text).Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a');
}
