namespace Verkostot.Core.Domain;

/// <summary>
/// Where a network's facts come from, e.g. Kuntaliitto's page of the network, and when it was last updated: what an
/// answer cites ("lähde: Kuntaliitto") and dates. A term names the source of its members by <see cref="Id"/>.
/// </summary>
public sealed record FactSource(string Id, LocalizedText Name, string? Url = null, DateOnly? Updated = null);
