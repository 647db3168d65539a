using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Search;

/// <summary>The sentences of the catalog that fact search looks through, each with its heading and source.</summary>
internal static class FactPassages
{
    public static IEnumerable<(LocalizedText Text, LocalizedText Title, string? NetworkId, Attribution Attribution)> Of(NetworkCatalog catalog)
    {
        foreach (var network in catalog.Networks)
        {
            var texts = new[] { network.Description, network.MembershipCriteria }.OfType<LocalizedText>().SelectMany(Sentences).Concat(network.Details);
            foreach (var text in texts.DistinctBy(t => t.Fi))
            {
                yield return (text, network.Name, network.Id, network.Attribution);
            }
        }

        foreach (var body in catalog.Bodies)
        {
            var attribution = body.Attribution.IsKnown ? body.Attribution : catalog.NetworksById.GetValueOrDefault(body.NetworkId)?.Attribution ?? new Attribution();
            // Its members, rhythm and appointer are short phrases the body's own answer gives; its description is sentences.
            foreach (var text in body.Description is null ? [] : Sentences(body.Description))
            {
                yield return (text, body.Name, body.NetworkId, attribution);
            }
        }

        foreach (var document in catalog.PriorityDocuments)
        {
            foreach (var text in document.Description is null ? [] : Sentences(document.Description))
            {
                yield return (text, document.Title, document.NetworkId, document.Attribution);
            }

            foreach (var item in document.Items)
            {
                var points = item.Points.Count == 0 ? string.Empty : ": " + string.Join("; ", item.Points);
                yield return (item.Heading with { Fi = item.Heading.Fi + points }, document.Title, document.NetworkId, document.Attribution);
            }
        }
    }

    /// <summary>A text's sentences, in each language it has.</summary>
    private static IEnumerable<LocalizedText> Sentences(LocalizedText text)
    {
        var fi = Split(text.Fi);
        var sv = text.Sv is null ? null : Split(text.Sv);
        var en = text.En is null ? null : Split(text.En);
        if ((sv is not null && sv.Count != fi.Count) || (en is not null && en.Count != fi.Count))
        {
            // The translations split differently: keep the text whole rather than pair wrong sentences.
            yield return text;
            yield break;
        }

        for (var i = 0; i < fi.Count; i++)
        {
            yield return new LocalizedText(fi[i], sv?[i], en?[i]);
        }
    }

    private static List<string> Split(string text) =>
        [.. text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.EndsWith('.') ? s : s + ".")];
}
