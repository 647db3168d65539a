using System.Collections.Concurrent;
using Verkostot.Core.Questions.Entities;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>
/// What the bot understood of messages of one word ("moi", "kiitos", "apua"), kept for the names index and the day it
/// was understood with. People send the same few greetings over and over, and understanding one went through the
/// whole detection each time (about a fifteenth of a greeting reply's CPU). Understanding depends only on the text,
/// the locale, the names index and the day, so a kept result is what understanding it again would give.
/// </summary>
internal sealed class OneWordMessages
{
    public const int MaxLength = 24;
    private const int MaxKept = 256;

    private Kept? _kept;

    public ParsedQuestion Understand(string text, string? locale, EntityIndex entities, DateOnly today,
        Func<EntityIndex, ParsedQuestion> understand)
    {
        if (text.Length > MaxLength || text.AsSpan().ContainsAny(Separators))
        {
            return understand(entities);
        }
        var kept = _kept;
        if (kept is null || kept.Entities != entities || kept.Today != today)
        {
            kept = new Kept(entities, today);
            _kept = kept;
        }
        var key = (text, locale);
        if (kept.Parsed.TryGetValue(key, out var parsed))
        {
            return parsed;
        }
        parsed = understand(entities);
        if (kept.Parsed.Count < MaxKept)
        {
            kept.Parsed.TryAdd(key, parsed);
        }
        return parsed;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \t\r\n\u00A0");

    private sealed class Kept(EntityIndex entities, DateOnly today)
    {
        public EntityIndex Entities { get; } = entities;
        public DateOnly Today { get; } = today;
        public ConcurrentDictionary<(string Text, string? Locale), ParsedQuestion> Parsed { get; } = new();
    }
}
