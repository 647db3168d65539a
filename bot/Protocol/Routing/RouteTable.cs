namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// The bot's one routing table, looked up by what arrives: an activity type, an invoke name, a card verb, a message command.
/// Anything not listed is acknowledged and ignored. Its <see cref="Conflicts"/> are checked at start-up.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, ActivityRoute> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvokeRoute> _invokes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CardVerbRoute> _verbs = new(StringComparer.Ordinal);
    private readonly CommandRoute[] _commands;

    public RouteTable(IEnumerable<Route> routes)
    {
        Routes = [.. routes];
        _commands = [.. Routes.OfType<CommandRoute>()];
        foreach (var route in Routes)
        {
            // With a conflict the first row wins here; the start-up check refuses to start such a table anyway.
            _ = route switch
            {
                ActivityRoute a => _activities.TryAdd(a.Type, a),
                InvokeRoute i => _invokes.TryAdd(i.Name, i),
                CardVerbRoute v => _verbs.TryAdd(v.Verb, v),
                _ => false,
            };
        }
    }

    public IReadOnlyList<Route> Routes { get; }

    public ActivityRoute? FindActivity(string type) => _activities.GetValueOrDefault(type);

    public InvokeRoute? FindInvoke(string? name) => name is null ? null : _invokes.GetValueOrDefault(name);

    public CardVerbRoute? FindCardVerb(string verb) => _verbs.GetValueOrDefault(verb);

    /// <summary>The command a message is, or null: then it is a question.</summary>
    /// <param name="text">The message without the bot's @mention.</param>
    public CommandRoute? FindCommand(string text)
    {
        if (_commands.Length == 0)
        {
            return null;
        }
        var message = CommandText.Comparable(text);
        foreach (var command in _commands)
        {
            if (command.Words.IsIn(message))
            {
                return command;
            }
        }
        return null;
    }

    /// <summary>Rows that contradict each other or cannot work, one plain sentence each; empty when the table is sound.</summary>
    public IReadOnlyList<string> Conflicts() => RouteConflicts.Of(Routes);
}
