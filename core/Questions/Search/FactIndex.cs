using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Search;

/// <summary>
/// Every sentence the sources state (networks' descriptions, criteria and further facts, bodies, priority documents),
/// stemmed per language, so that a question about any of them finds the sentence that answers it. Built once per
/// catalog snapshot.
/// </summary>
public sealed class FactIndex
{
    private readonly Dictionary<Language, Corpus> _corpora;

    private FactIndex(Dictionary<Language, Corpus> corpora) => _corpora = corpora;

    public static FactIndex Build(NetworkCatalog catalog)
    {
        var passages = FactPassages.Of(catalog).ToList();
        return new FactIndex(new Dictionary<Language, Corpus>
        {
            [Language.Finnish] = Corpus.Of(passages, Language.Finnish),
            [Language.Swedish] = Corpus.Of(passages, Language.Swedish),
            [Language.English] = Corpus.Of(passages, Language.English),
        });
    }

    /// <summary>
    /// The passages that cover the question's own words (<paramref name="words"/>: folded, stop words left out), best
    /// first, each with the weighted share of the words it covers; a rare word weighs more than a common one.
    /// </summary>
    public IReadOnlyList<FactHit> Find(IReadOnlyList<string> words, Language language, Func<FactPassage, bool> allowed)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var corpus = _corpora[language];
        var hits = new double[corpus.Passages.Count];
        var whole = new int[corpus.Passages.Count];
        var total = 0.0;
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var containing = corpus.Containing(word, language);
            foreach (var passage in corpus.ContainingWhole(word, language))
            {
                whole[passage]++;
            }

            // A word the sources never use weighs the most: one such word sinks a short question, as it should.
            var weight = Math.Log(1 + (double)corpus.Passages.Count / Math.Max(1, containing.Count));
            total += weight;
            foreach (var passage in containing)
            {
                hits[passage] += weight;
            }
        }

        var found = new List<(FactHit Hit, int Whole)>();
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i] > 0 && allowed(corpus.Passages[i]))
            {
                found.Add((new FactHit(corpus.Passages[i], hits[i] / total), whole[i]));
            }
        }

        // Equally covered: the passage with the question's words whole before one with only their parts
        // ("landskapscentrum" itself, not "centrum"; "maakuntien keskuksia", not "keskuksia"), then the shorter.
        return [.. found.OrderByDescending(h => h.Hit.Coverage).ThenByDescending(h => h.Whole).ThenBy(h => h.Hit.Passage.Text.Length).Select(h => h.Hit)];
    }

    /// <summary>Whether any sentence of the sources has a form of the word, or of a source word it stands for (<see cref="FactSynonyms"/>).</summary>
    public bool Knows(string word, Language language) => _corpora[language].Containing(word, language).Count > 0;

    private sealed class Corpus
    {
        private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
        private readonly List<string> _stems = [];

        public List<FactPassage> Passages { get; } = [];

        public static Corpus Of(IEnumerable<(LocalizedText Text, LocalizedText Title, string? NetworkId, Attribution Attribution)> passages, Language language)
        {
            var corpus = new Corpus();
            foreach (var (text, title, networkId, attribution) in passages)
            {
                var sentence = text.In(language);
                var index = corpus.Passages.Count;
                corpus.Passages.Add(new FactPassage(sentence, title, networkId, attribution));
                foreach (var token in TextNormalizer.Normalize(sentence).Folded.Concat(TextNormalizer.Normalize(title.In(language)).Folded))
                {
                    var stem = WordStems.Of(token, language);
                    if (!corpus._byStem.TryGetValue(stem, out var list))
                    {
                        list = [];
                        corpus._byStem[stem] = list;
                        corpus._stems.Add(stem);
                    }

                    if (list.Count == 0 || list[^1] != index)
                    {
                        list.Add(index);
                    }
                }
            }

            return corpus;
        }

        /// <summary>
        /// The passages with a form of the question's word or of a source word it stands for, each once; a compound
        /// also where the sources write it as two words ("maakuntakeskuksia" as "maakuntien keskuksia").
        /// </summary>
        public IReadOnlyCollection<int> Containing(string word, Language language)
        {
            var stem = WordStems.Of(word, language);
            var split = TwoWords(stem);
            var own = split.Count == 0 ? Containing(stem, whole: false) : [.. Containing(stem, whole: false).Union(split)];
            var synonyms = FactSynonyms.Of(word, language);
            if (synonyms.Count == 0)
            {
                return own;
            }

            var union = new SortedSet<int>(own);
            foreach (var synonym in synonyms)
            {
                union.UnionWith(Containing(WordStems.Of(synonym, language), whole: true));
            }

            return union;
        }

        /// <summary>The passages with the question's word itself (any form, or a compound's two parts), not only a part of it.</summary>
        public IReadOnlyCollection<int> ContainingWhole(string word, Language language)
        {
            var stem = WordStems.Of(word, language);
            var split = TwoWords(stem);
            return split.Count == 0 ? Containing(stem, whole: true) : [.. Containing(stem, whole: true).Union(split)];
        }

        /// <summary>The passages with a stem matching <paramref name="stem"/>, each once; <paramref name="whole"/>: not a mere part of it.</summary>
        private List<int> Containing(string stem, bool whole)
        {
            if (stem.Length == 0)
            {
                return [];
            }

            if (char.IsDigit(stem[0]))
            {
                return _byStem.TryGetValue(stem, out var exact) ? exact : [];
            }

            var seen = new bool[Passages.Count];
            var found = new List<int>();
            foreach (var candidate in _stems)
            {
                if (MayMatch(stem, candidate) && (!whole || candidate.Length >= stem.Length - 2) && WordStems.Match(stem, candidate))
                {
                    foreach (var passage in _byStem[candidate])
                    {
                        if (!seen[passage])
                        {
                            seen[passage] = true;
                            found.Add(passage);
                        }
                    }
                }
            }

            return found;
        }

        /// <summary>The passages that have a long compound's head and tail as two words of their own.</summary>
        private HashSet<int> TwoWords(string stem)
        {
            var found = new HashSet<int>();
            if (stem.Length < 10 || char.IsDigit(stem[0]))
            {
                return found;
            }

            var heads = _stems.Where(h => h.Length >= 4 && h.Length <= stem.Length - 4 && stem.StartsWith(h, StringComparison.Ordinal)).ToList();
            var tails = heads.Count == 0 ? [] : _stems.Where(t => t.Length >= 4 && t.Length <= stem.Length - 4 && stem.EndsWith(t, StringComparison.Ordinal)).ToList();
            foreach (var head in heads)
            {
                foreach (var tail in tails.Where(t => head.Length + t.Length >= stem.Length - 2 && head.Length + t.Length <= stem.Length + 1))
                {
                    found.UnionWith(_byStem[head].Intersect(_byStem[tail]));
                }
            }

            return found;
        }

        // Cheap tests first: a form of a word shares its first letter, and only a long stem can be a compound's part.
        private static bool MayMatch(string stem, string candidate) =>
            candidate.Length > 0 && (candidate[0] == stem[0] || (stem.Length >= 7 && candidate.Length > stem.Length) || (candidate.Length >= 7 && stem.Length > candidate.Length));
    }
}
