namespace Verkostot.Core.Questions.Entities;

/// <summary>How a name matched, most certain first.</summary>
public enum MatchTier
{
    Exact,
    WithoutDiacritics,
    StemPrefix,
    Typo,
}
