namespace Verkostot.Core.Domain;

/// <summary>
/// Who states an element's facts and when they held: a source document's date, or the day someone updated them.
/// Answers show it ("Tieto vuodelta 2024 · lähde: Kuntaliitto") so that nobody takes an old fact for today's. A term
/// names its source among the network's <see cref="Network.Sources"/> instead (<see cref="Term.SourceId"/>).
/// </summary>
public sealed record Attribution
{
    /// <summary>Who states the facts, e.g. "Kuntaliitto"; null when nobody recorded it.</summary>
    public LocalizedText? Name { get; set; }

    /// <summary>The day, month or year the facts were stated or updated (see <see cref="AsOfPrecision"/>); null when undated.</summary>
    public DateOnly? AsOf { get; set; }

    public DatePrecision AsOfPrecision { get; set; }

    public bool IsKnown => Name is not null || AsOf is not null;
}
