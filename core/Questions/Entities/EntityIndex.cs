using Verkostot.Core.Catalog;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Entities;

/// <summary>
/// Every form of every name in the catalog (inflected, with and without diacritics), for finding names in questions:
/// the longest exact form wins, then the diacritic-free form, then a stem prefix, then a typo within edit distance.
/// Built once per catalog snapshot.
/// </summary>
public sealed class EntityIndex
{
    private readonly Dictionary<string, HashSet<EntityRef>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<EntityRef>> _folded = new(StringComparer.Ordinal);
    private readonly List<(string Form, EntityRef Ref)> _fuzzy = [];
    private readonly List<(string Stem, EntityRef Ref)> _stems = [];
    private readonly List<(string Form, int Words, EntityRef Ref)> _fuzzyPhrases = [];
    private int _longestPhrase = 1;

    private EntityIndex()
    {
    }

    public static EntityIndex Build(NetworkCatalog catalog)
    {
        var index = new EntityIndex();
        new EntityIndexBuilder(index).AddAll(catalog);
        return index;
    }

    public EntityMentions Find(NormalizedText text)
    {
        var mentions = new List<EntityMention>();
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var found = FindPhraseAt(text, i);
            if (found is not null)
            {
                mentions.AddRange(found);
                i += found[0].Length;
                continue;
            }

            var phrase = FindFuzzyPhrase(text, i);
            if (phrase is not null)
            {
                mentions.AddRange(phrase);
                i += phrase[0].Length;
                continue;
            }

            var fuzzy = FindFuzzy(text.Folded[i], i);
            if (fuzzy is not null)
            {
                mentions.AddRange(fuzzy);
            }

            i++;
        }

        return new EntityMentions(mentions);
    }

    internal void Add(string normalizedForm, EntityRef entity, bool fuzzy)
    {
        if (normalizedForm.Length == 0)
        {
            return;
        }

        AddTo(_exact, normalizedForm, entity);
        var folded = string.Join(' ', normalizedForm.Split(' ').Select(TextNormalizer.Fold));
        AddTo(_folded, folded, entity);
        _longestPhrase = Math.Max(_longestPhrase, normalizedForm.Count(c => c == ' ') + 1);
        if (fuzzy && !folded.Contains(' ') && folded.Length >= 5)
        {
            _fuzzy.Add((folded, entity));
        }
    }

    /// <summary>A name of several words ("pienten kuntien") that is found with a typo in one of them ("pientne kuntien").</summary>
    internal void AddFuzzyPhrase(string normalizedForm, EntityRef entity)
    {
        var folded = string.Join(' ', normalizedForm.Split(' ').Select(TextNormalizer.Fold));
        var words = folded.Count(c => c == ' ') + 1;
        if (words is 2 or 3 && folded.Length >= 10)
        {
            _fuzzyPhrases.Add((folded, words, entity));
        }
    }

    /// <summary>A stem that any longer word starting with it refers to (e.g. "lapinjärv" for Lapinjärvellekin).</summary>
    internal void AddStem(string normalizedWord, EntityRef entity)
    {
        var folded = TextNormalizer.Fold(normalizedWord);
        if (folded.Length >= 6 && !folded.Contains(' '))
        {
            _stems.Add((folded[..^1], entity));
        }
    }

    private static void AddTo(Dictionary<string, HashSet<EntityRef>> map, string key, EntityRef entity)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = [];
            map[key] = set;
        }

        set.Add(entity);
    }

    private List<EntityMention>? FindPhraseAt(NormalizedText text, int start)
    {
        for (var length = Math.Min(_longestPhrase, text.Tokens.Count - start); length >= 1; length--)
        {
            var exact = string.Join(' ', text.Tokens.Skip(start).Take(length));
            if (_exact.TryGetValue(exact, out var refs))
            {
                return Mentions(refs, start, length, MatchTier.Exact);
            }

            var folded = string.Join(' ', text.Folded.Skip(start).Take(length));
            if (_folded.TryGetValue(folded, out refs))
            {
                return Mentions(refs, start, length, MatchTier.WithoutDiacritics);
            }
        }

        return null;
    }

    /// <summary>Only where a word of the phrase is unknown, so that ordinary words next to each other never pass for a name.</summary>
    private List<EntityMention>? FindFuzzyPhrase(NormalizedText text, int start)
    {
        for (var words = 3; words >= 2; words--)
        {
            if (start + words > text.Folded.Count)
            {
                continue;
            }

            var window = text.Folded.Skip(start).Take(words).ToList();
            if (!window.Any(w => w.Length >= 5 && !w.Any(char.IsDigit) && !Vocabulary.IsKnown(w)))
            {
                continue;
            }

            var joined = string.Join(' ', window);
            var allowed = EditDistance.AllowedInName(joined.Length - words + 1) switch { 0 => 0, var n => Math.Min(n, 2) };
            var hits = _fuzzyPhrases
                .Where(p => p.Words == words && EditDistance.Between(joined, p.Form, allowed) <= allowed)
                .Select(p => p.Ref)
                .ToHashSet();
            if (hits.Count > 0 && allowed > 0)
            {
                return Mentions(hits, start, words, MatchTier.Typo);
            }
        }

        return null;
    }

    private List<EntityMention>? FindFuzzy(string folded, int position)
    {
        if (folded.Length < 5 || folded.Any(char.IsDigit) || Vocabulary.IsKnown(folded))
        {
            return null;
        }

        var stemHits = _stems
            .Where(s => folded.StartsWith(s.Stem, StringComparison.Ordinal) && folded.Length - s.Stem.Length <= 7)
            .Select(s => s.Ref)
            .ToHashSet();
        if (stemHits.Count > 0)
        {
            return Mentions(stemHits, position, 1, MatchTier.StemPrefix);
        }

        var allowed = EditDistance.AllowedInName(folded.Length);
        if (allowed == 0)
        {
            return null;
        }

        var best = allowed + 1;
        var hits = new HashSet<EntityRef>();
        foreach (var (form, entity) in _fuzzy)
        {
            var distance = EditDistance.Between(folded, form, allowed);
            if (distance < best)
            {
                best = distance;
                hits.Clear();
            }

            if (distance == best && distance <= allowed)
            {
                hits.Add(entity);
            }
        }

        return hits.Count > 0 ? Mentions(hits, position, 1, MatchTier.Typo) : null;
    }

    private static List<EntityMention> Mentions(IEnumerable<EntityRef> refs, int start, int length, MatchTier tier) =>
        refs.GroupBy(r => r.Kind)
            .Select(g => new EntityMention(g.Key, g.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList(), start, length, tier))
            .ToList();
}
