using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Search;

/// <summary>Catalog text as the folded words that search compares.</summary>
public static class SearchWords
{
    public static IReadOnlyList<string> Of(string text) => TextNormalizer.Normalize(text).Folded;
}
