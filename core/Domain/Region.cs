namespace Verkostot.Core.Domain;

/// <summary>A maakunta (region), keyed by its Finnish name as seats and municipalities refer to it.</summary>
public sealed class Region
{
    /// <summary>Finnish name, e.g. "Etelä-Pohjanmaa"; also the key.</summary>
    public required string Id { get; set; }
    public required LocalizedText Name { get; set; }
}
