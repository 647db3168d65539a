namespace Verkostot.Core.Questions.Entities;

/// <summary>A name found in a question: the catalog ids it may mean, where it stood and how surely it matched.</summary>
public sealed record EntityMention(EntityKind Kind, IReadOnlyList<string> Ids, int Start, int Length, MatchTier Tier);
