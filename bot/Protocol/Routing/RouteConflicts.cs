namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// What makes a route table unsound: two rows taking the same thing (one of them would silently never run), a
/// message that two commands' words both match, an empty key or words written so that they never match, an invoke
/// routed as an activity, card verbs or commands with no route for the activity that carries them, a handler of the
/// wrong kind.
/// </summary>
internal static class RouteConflicts
{
    public static IReadOnlyList<string> Of(IReadOnlyList<Route> routes)
    {
        var commands = routes.OfType<CommandRoute>().ToList();
        var keyed = routes.Where(r => r is not CommandRoute).ToList();
        var problems = new List<string>();
        problems.AddRange(keyed
            .GroupBy(r => (r.Kind, r.Key))
            .Where(g => g.Count() > 1)
            .Select(g => $"Two routes take {g.First().Takes}: {string.Join(" and ", g.Select(r => r.Handler.Name))}. Keep one."));
        problems.AddRange(keyed.Where(r => string.IsNullOrWhiteSpace(r.Key))
            .Select(r => $"The route to {r.Handler.Name} takes an empty {r.Kind}."));
        problems.AddRange(Overlaps(commands));
        problems.AddRange(commands.SelectMany(Unmatchable));
        problems.AddRange(routes.Where(r => !r.HandlerKind.IsAssignableFrom(r.Handler))
            .Select(r => $"The route for {r.Takes} needs an {r.HandlerKind.Name}, but {r.Handler.Name} is not one."));
        problems.AddRange(routes.OfType<ActivityRoute>().Where(r => r.Type == ActivityTypes.Invoke)
            .Select(r => $"The route to {r.Handler.Name} takes every invoke; route invokes by name (Route.Invoke), each is answered in its HTTP response."));
        if (routes.OfType<CardVerbRoute>().Any() && !routes.OfType<InvokeRoute>().Any(r => r.Name == InvokeNames.AdaptiveCardAction))
        {
            problems.Add($"Card verbs are routed, but no route takes invoke '{InvokeNames.AdaptiveCardAction}', which carries them.");
        }
        if (commands.Count > 0 && !routes.OfType<ActivityRoute>().Any(r => r.Type == ActivityTypes.Message))
        {
            problems.Add($"Commands are routed, but no route takes activity '{ActivityTypes.Message}', which carries them.");
        }
        return problems;
    }

    // Each command's own words, written as a message, must reach that command and no other: otherwise the table's
    // order, not its content, would decide where the message goes.
    private static IEnumerable<string> Overlaps(List<CommandRoute> commands)
    {
        var reported = new HashSet<(int, int)>();
        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var (language, words) in commands[i].Words.Phrases)
            {
                var message = CommandText.Comparable(words.Replace(CommandWords.AnyWordsBetween, " "));
                for (var j = 0; j < commands.Count; j++)
                {
                    if (j != i && commands[j].Words.IsIn(message) && reported.Add((Math.Min(i, j), Math.Max(i, j))))
                    {
                        yield return $"The command words '{words}' ({language}) of {commands[i].Handler.Name} are also taken by {commands[j].Handler.Name}: "
                            + "a message cannot go to both. Change the words of one.";
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Unmatchable(CommandRoute command)
    {
        if (!command.Words.Phrases.Any())
        {
            yield return $"The command {command.Handler.Name} has no words.";
        }
        foreach (var (language, words) in command.Words.Phrases)
        {
            var normal = CommandText.Normalize(words);
            if (normal.Length == 0)
            {
                yield return $"The command {command.Handler.Name} has empty words ({language}).";
            }
            else if (normal != words)
            {
                yield return $"The command words '{words}' ({language}) of {command.Handler.Name} never match as written: write '{normal}'.";
            }
        }
    }
}
