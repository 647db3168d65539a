namespace Verkostot.Core.Domain;

public sealed class Municipality
{
    /// <summary>Stable slug of the Finnish name, e.g. "isojoki".</summary>
    public required string Id { get; set; }
    public required string NameFi { get; set; }
    public string? NameSv { get; set; }
    /// <summary>Finnish name of the maakunta (region), e.g. "Etelä-Pohjanmaa".</summary>
    public string? Maakunta { get; set; }
    public MunicipalityLanguage Language { get; set; }
}
