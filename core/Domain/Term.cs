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

    /// <summary>Who states the term and its seats, e.g. "Kuntaliitto"; the term's dates are its own validity.</summary>
    public FactSource Source { get; set; } = new();

    public bool Covers(DateOnly day) => day >= Start && day <= End;
}
