namespace Verkostot.Core.Domain;

/// <summary>A regional seat of a presidium: a member and a deputy representing a set of maakunnat.</summary>
public sealed class Seat
{
    public int Id { get; set; }
    public int TermId { get; set; }
    /// <summary>Region key, e.g. "etela-suomi".</summary>
    public required string RegionId { get; set; }
    public required LocalizedText RegionName { get; set; }
    /// <summary>Finnish names of the maakunnat (regions) the seat covers.</summary>
    public List<string> Maakunnat { get; set; } = [];
    public string? MemberId { get; set; }
    public string? DeputyId { get; set; }
}
