namespace Verkostot.Core.Domain;

/// <summary>One term of office of a body, with its regional seats.</summary>
public sealed class Term
{
    public int Id { get; set; }
    public required string BodyId { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public List<Seat> Seats { get; set; } = [];
    /// <summary>Invented for the demo (e.g. a seed term carried over to the current year), not a source fact.</summary>
    public bool IsDemo { get; set; }
    /// <summary>The network's source (<see cref="FactSource.Id"/>) that names this term's members, when known.</summary>
    public string? SourceId { get; set; }

    public bool Covers(DateOnly day) => day >= Start && day <= End;
}
