namespace Verkostot.Core.Questions.Search;

/// <summary>A passage that answers a question, and how much of the question's own words it covers (0–1).</summary>
public sealed record FactHit(FactPassage Passage, double Coverage);
