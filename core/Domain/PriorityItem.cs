namespace Verkostot.Core.Domain;

public sealed class PriorityItem
{
    public int Id { get; set; }
    /// <summary>Grouping within the document, e.g. "läpileikkaava", "edunvalvonta", "kehittäminen".</summary>
    public required string Category { get; set; }
    public required LocalizedText Heading { get; set; }
    public List<string> Points { get; set; } = [];
}
