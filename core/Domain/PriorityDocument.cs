namespace Verkostot.Core.Domain;

/// <summary>A document of agreed priorities or themes, e.g. the 2019 rural and small-municipality priorities.</summary>
public sealed class PriorityDocument
{
    public required string Id { get; set; }
    public required LocalizedText Title { get; set; }
    /// <summary>The network the document concerns, when it concerns one.</summary>
    public string? NetworkId { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public LocalizedText? ApprovedBy { get; set; }
    /// <summary>Background: how the document was prepared and processed.</summary>
    public LocalizedText? Description { get; set; }
    public List<PriorityItem> Items { get; set; } = [];

    public Attribution Attribution { get; set; } = new();
}
