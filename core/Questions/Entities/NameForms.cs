using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Entities;

/// <summary>
/// The name forms of one part of the catalog (its places, a share of its people, their titles): exact and
/// diacritic-free forms, one-word forms for typos and stems. An <see cref="EntityIndex"/> looks in all its parts, so a
/// change rebuilds only the parts it touches. Never changed once built.
/// </summary>
internal sealed class NameForms
{
    private readonly Dictionary<string, HashSet<EntityRef>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<EntityRef>> _folded = new(StringComparer.Ordinal);
    private readonly List<(string Form, EntityRef Ref)> _fuzzy = [];
    private readonly List<(string Stem, EntityRef Ref)> _stems = [];

    public int LongestPhrase { get; private set; } = 1;

    public IReadOnlyList<(string Form, EntityRef Ref)> Fuzzy => _fuzzy;

    public IReadOnlyList<(string Stem, EntityRef Ref)> Stems => _stems;

    public HashSet<EntityRef>? Exact(string form) => _exact.GetValueOrDefault(form);

    public HashSet<EntityRef>? Folded(string form) => _folded.GetValueOrDefault(form);

    public void Add(string normalizedForm, EntityRef entity, bool fuzzy)
    {
        if (normalizedForm.Length == 0)
        {
            return;
        }

        AddTo(_exact, normalizedForm, entity);
        var folded = string.Join(' ', normalizedForm.Split(' ').Select(TextNormalizer.Fold));
        AddTo(_folded, folded, entity);
        LongestPhrase = Math.Max(LongestPhrase, normalizedForm.Count(c => c == ' ') + 1);
        if (fuzzy && !folded.Contains(' ') && folded.Length >= 5)
        {
            _fuzzy.Add((folded, entity));
        }
    }

    /// <summary>A stem that any longer word starting with it refers to (e.g. "lapinjärv" for Lapinjärvellekin).</summary>
    public void AddStem(string normalizedWord, EntityRef entity)
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
}
