namespace Verkostot.Core.Domain;

/// <summary>
/// Where a fact comes from and when it was known to hold: a source document's date, or the day someone updated it.
/// Answers show it ("lähde: Kuntaliitto · tieto vuodelta 2024") so that nobody mistakes an old fact for today's.
/// </summary>
public sealed record FactSource
{
    /// <summary>Who states the fact, e.g. "Kuntaliitto"; null when nobody recorded it.</summary>
    public LocalizedText? Name { get; set; }

    /// <summary>The day, month or year the fact was stated or updated (see <see cref="AsOfPrecision"/>); null when undated.</summary>
    public DateOnly? AsOf { get; set; }

    public DatePrecision AsOfPrecision { get; set; }

    public bool IsKnown => Name is not null || AsOf is not null;
}
