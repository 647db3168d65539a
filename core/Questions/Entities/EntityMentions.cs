namespace Verkostot.Core.Questions.Entities;

/// <summary>All names found in one question, in the order they were written.</summary>
public sealed record EntityMentions(IReadOnlyList<EntityMention> All)
{
    public static EntityMentions None { get; } = new([]);

    public IReadOnlyList<string> IdsOf(EntityKind kind) =>
        All.Where(m => m.Kind == kind).SelectMany(m => m.Ids).Distinct(StringComparer.Ordinal).ToList();

    public string? First(EntityKind kind) => All.FirstOrDefault(m => m.Kind == kind)?.Ids[0];

    public bool Has(EntityKind kind)
    {
        // A loop rather than Any(): asked a few dozen times per question, a closure each time was a tenth of what
        // understanding a greeting allocated.
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Kind == kind)
            {
                return true;
            }
        }
        return false;
    }

    public bool Covers(int tokenIndex) => All.Any(m => tokenIndex >= m.Start && tokenIndex < m.Start + m.Length);
}
