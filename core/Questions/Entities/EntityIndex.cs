using Verkostot.Core.Catalog;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Entities;

/// <summary>
/// Every form of every name in the catalog (inflected, with and without diacritics), for finding names in questions:
/// the longest exact form wins, then the diacritic-free form, then a stem prefix, then a typo within edit distance.
/// Made of separately built parts (see <see cref="NameForms"/>), so an edit of one person rebuilds a few of them.
/// </summary>
public sealed class EntityIndex
{
    private readonly IReadOnlyList<NameForms> _parts;
    private readonly int _longestPhrase;

    private EntityIndex(IReadOnlyList<NameForms> parts)
    {
        _parts = parts;
        _longestPhrase = parts.Count == 0 ? 1 : parts.Max(p => p.LongestPhrase);
    }

    public static EntityIndex Build(NetworkCatalog catalog) =>
        new([EntityIndexBuilder.Places(catalog), EntityIndexBuilder.People(catalog.People), EntityIndexBuilder.FirstNames(catalog.People), EntityIndexBuilder.Titles(catalog.People)]);

    /// <summary>An index of parts built (and kept) separately; finds what one index of all their forms would.</summary>
    internal static EntityIndex Of(IReadOnlyList<NameForms> parts) => new(parts);

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

            var fuzzy = FindFuzzy(text.Folded[i], i);
            if (fuzzy is not null)
            {
                mentions.AddRange(fuzzy);
            }

            i++;
        }

        return new EntityMentions(mentions);
    }

    private List<EntityMention>? FindPhraseAt(NormalizedText text, int start)
    {
        for (var length = Math.Min(_longestPhrase, text.Tokens.Count - start); length >= 1; length--)
        {
            var exact = string.Join(' ', text.Tokens.Skip(start).Take(length));
            if (InAnyPart(exact, length, (part, form) => part.Exact(form)) is { } refs)
            {
                return Mentions(refs, start, length, MatchTier.Exact);
            }

            var folded = string.Join(' ', text.Folded.Skip(start).Take(length));
            if (InAnyPart(folded, length, (part, form) => part.Folded(form)) is { } foldedRefs)
            {
                return Mentions(foldedRefs, start, length, MatchTier.WithoutDiacritics);
            }
        }

        return null;
    }

    /// <summary>The entities every part names by a form; null when none does.</summary>
    private HashSet<EntityRef>? InAnyPart(string form, int words, Func<NameForms, string, HashSet<EntityRef>?> lookUp)
    {
        HashSet<EntityRef>? all = null;
        foreach (var part in _parts)
        {
            if (part.LongestPhrase < words || lookUp(part, form) is not { } refs) continue;
            all ??= [];
            all.UnionWith(refs);
        }

        return all;
    }

    private List<EntityMention>? FindFuzzy(string folded, int position)
    {
        if (folded.Length < 5 || folded.Any(char.IsDigit) || Vocabulary.IsKnown(folded))
        {
            return null;
        }

        var stemHits = _parts
            .SelectMany(p => p.Stems)
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
        foreach (var (form, entity) in _parts.SelectMany(p => p.Fuzzy))
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
