namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// The words a message command is known by, in Finnish, Swedish and English, and how a message must hold them.
/// A message matches whatever its language (coordinators write the Finnish commands in Swedish Teams too). Words are
/// written as <see cref="CommandText.Normalize"/> leaves them; " … " between parts ("kuka tulee … puheenjohtajisto")
/// asks for every part, anywhere in the message.
/// </summary>
public sealed class CommandWords
{
    public const string AnyWordsBetween = " … ";
    private readonly string[][] _comparable;

    private CommandWords(CommandMatch match, IReadOnlyList<string> fi, IReadOnlyList<string> sv, IReadOnlyList<string> en)
    {
        Match = match;
        Fi = fi;
        Sv = sv;
        En = en;
        _comparable = [.. Phrases.Select(p => p.Words.Split(AnyWordsBetween).Select(CommandText.Comparable).ToArray())];
    }

    public CommandMatch Match { get; }

    public IReadOnlyList<string> Fi { get; }

    public IReadOnlyList<string> Sv { get; }

    public IReadOnlyList<string> En { get; }

    /// <summary>Every phrase with its language ("fi", "sv", "en").</summary>
    public IEnumerable<(string Language, string Words)> Phrases =>
        Fi.Select(w => ("fi", w)).Concat(Sv.Select(w => ("sv", w))).Concat(En.Select(w => ("en", w)));

    public static CommandWords Exactly(string[] fi, string[]? sv = null, string[]? en = null) => new(CommandMatch.Exactly, fi, sv ?? [], en ?? []);

    public static CommandWords StartingWith(string[] fi, string[]? sv = null, string[]? en = null) => new(CommandMatch.StartingWith, fi, sv ?? [], en ?? []);

    public static CommandWords Containing(string[] fi, string[]? sv = null, string[]? en = null) => new(CommandMatch.Containing, fi, sv ?? [], en ?? []);

    /// <param name="message">The message as <see cref="CommandText.Comparable"/> made it.</param>
    public bool IsIn(string message)
    {
        // Loops, not LINQ: this runs for every command on every message.
        foreach (var parts in _comparable)
        {
            if (Holds(message, parts))
            {
                return true;
            }
        }
        return false;
    }

    private bool Holds(string message, string[] parts) => Match switch
    {
        CommandMatch.Exactly => parts.Length == 1 && message == parts[0],
        CommandMatch.StartingWith => message.StartsWith(parts[0], StringComparison.Ordinal) && Contains(message, parts, from: 1),
        _ => Contains(message, parts, from: 0),
    };

    private static bool Contains(string message, string[] parts, int from)
    {
        for (var i = from; i < parts.Length; i++)
        {
            if (!message.Contains(parts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => string.Join(", ", Phrases.Select(p => $"{p.Language} '{p.Words}'"));
}
