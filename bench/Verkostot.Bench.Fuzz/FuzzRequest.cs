namespace Verkostot.Bench.Fuzz;

/// <summary>One hostile POST: what kind of malformation it is, its body and its Content-Type (null: none).</summary>
public sealed record FuzzRequest(string Kind, byte[] Body, string? ContentType);
