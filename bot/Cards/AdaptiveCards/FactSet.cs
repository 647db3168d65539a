namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Label–value pairs, e.g. "Puheenjohtaja: Juha Herrala".</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);
