using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>A column of a <see cref="ColumnSet"/>; not a body element of its own.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    /// <summary>"auto", "stretch" or a relative weight such as "2".</summary>
    public string? Width { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
}
