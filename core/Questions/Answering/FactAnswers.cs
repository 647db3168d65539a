using Verkostot.Core.Catalog;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Search;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Answers from the one sentence of the sources that covers the question's own words ("kuinka moni kunta on
/// Ahvenanmaalla", "miten toimintaan voi osallistua"): what makes every fact stated in the sources answerable, not
/// only those with a field of their own. A question with a word the sources never use finds nothing.
/// </summary>
public static class FactAnswers
{
    /// <summary>Below this share of the question's weighted words the sentence is about something else.</summary>
    private const double Enough = 0.7;

    private static readonly string[] GenericStems = ["kun", "kunt", "kunn", "kaupunk", "kaupung", "asuk", "asukka", "jäsen", "jasen", "kommun", "stad", "städer", "municip", "citi", "member", "resident"];

    /// <summary>The sentence answering the question, or null when none covers its words well enough.</summary>
    /// <param name="implied">A word the question means without saying it ("kauanko" means "toiminut").</param>
    public static Answer? Find(AnswerContext c, string? implied = null)
    {
        var words = ContentWords(c);
        if (implied is not null)
        {
            words.Add(implied);
        }

        var named = NamedNetworks(c);
        var hits = QuestionIndexes.Facts.Of(c.Catalog)
            .Find(words, c.Language, p => named.Count == 0 || (p.NetworkId is not null && named.Contains(p.NetworkId)))
            .Where(h => h.Coverage >= Enough)
            .ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        // Equally good sentences: the network's own before its bodies' when the question names the network; then the
        // conversation's network, then the asker's own.
        var likely = new[] { c.Question.NetworkId }.Concat(NetworkChooser.AskerNetworks(c).Select(n => n.Id)).OfType<string>().ToList();
        var namedNetwork = c.Parsed.Entities.IdsOf(EntityKind.Network);
        var best = hits.TakeWhile(h => h.Coverage >= hits[0].Coverage - 0.001)
            .OrderBy(h => namedNetwork.Count > 0 && !c.Parsed.Entities.Has(EntityKind.Body) && !c.Parsed.Entities.Has(EntityKind.BodyKind) && !IsNetworksOwn(c, h.Passage) ? 1 : 0)
            .ThenBy(h => h.Passage.NetworkId is { } id && likely.Contains(id) ? likely.IndexOf(id) : likely.Count)
            .First();
        return Answer.Of(AnswerKind.Found, c.Language, c.Name(best.Passage.Title), best.Passage.Text) with
        {
            NetworkId = best.Passage.NetworkId,
            Source = Provenance.Of(c, best.Passage.Attribution),
        };
    }

    /// <summary>
    /// Whether the question has words of its own beyond what its intent explains ("lisäksi", "Ahvenanmaalla"): then a
    /// sentence covering them answers better than the intent's standard facts.
    /// </summary>
    public static bool HasOwnWords(AnswerContext c)
    {
        var text = c.Parsed.Text;
        for (var i = 0; i < text.Folded.Count; i++)
        {
            var word = text.Folded[i];
            if (!StopWords.Contains(text.Tokens[i], c.Language) && !StopWords.Contains(word, c.Language) && !Vocabulary.IsKnown(word)
                && !NamesSubject(c.Parsed.Entities, i)
                && !GenericStems.Any(g => WordStems.Of(word, c.Language).StartsWith(g, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words of the question that neither the bot's vocabulary, the names in the data nor any sentence of the sources
    /// know ("Tampereella", "tienaa"): what the question is really about, and the data does not have it.
    /// </summary>
    public static int ForeignWords(AnswerContext c)
    {
        var text = c.Parsed.Text;
        var index = QuestionIndexes.Facts.Of(c.Catalog);
        var count = 0;
        for (var i = 0; i < text.Folded.Count; i++)
        {
            var word = text.Folded[i];
            if (word.Length > 2 && word.Any(char.IsLetter) && !StopWords.Contains(text.Tokens[i], c.Language) && !StopWords.Contains(word, c.Language)
                && !Vocabulary.IsKnown(word) && !SurelyNamed(c.Parsed.Entities, i) && !index.Knows(word, c.Language))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A name found in the data by its own form, not by a guess at a typo.</summary>
    private static bool SurelyNamed(EntityMentions entities, int token) =>
        entities.All.Any(m => m.Tier != MatchTier.Typo && token >= m.Start && token < m.Start + m.Length);

    /// <summary>A name the intent itself answers about (a network, body, person, seat region or title); places are qualifiers.</summary>
    private static bool NamesSubject(EntityMentions entities, int token) =>
        entities.All.Any(m => m.Kind is not (EntityKind.Municipality or EntityKind.Maakunta) && token >= m.Start && token < m.Start + m.Length);

    private static bool IsNetworksOwn(AnswerContext c, FactPassage passage) =>
        passage.NetworkId is { } id && c.Catalog.NetworksById.TryGetValue(id, out var network) && network.Name == passage.Title;

    private static List<string> ContentWords(AnswerContext c)
    {
        var text = c.Parsed.Text;
        var words = new List<string>();
        for (var i = 0; i < text.Folded.Count; i++)
        {
            var word = text.Folded[i];
            if (!StopWords.Contains(text.Tokens[i], c.Language) && !StopWords.Contains(word, c.Language) && !NamesNetworkOrBody(c.Parsed.Entities, i))
            {
                words.Add(word);
            }
        }

        // Figures alone ("' OR 1=1") match any sentence with a number in it.
        return words.Any(w => w.Any(char.IsLetter)) ? words : [];
    }

    private static bool NamesNetworkOrBody(EntityMentions entities, int token) =>
        entities.All.Any(m => m.Kind is EntityKind.Network or EntityKind.Body && token >= m.Start && token < m.Start + m.Length);

    private static HashSet<string> NamedNetworks(AnswerContext c)
    {
        var entities = c.Parsed.Entities;
        return entities.IdsOf(EntityKind.Network)
            .Concat(entities.IdsOf(EntityKind.Body).Select(id => c.Catalog.BodiesById[id].NetworkId))
            .ToHashSet(StringComparer.Ordinal);
    }
}
