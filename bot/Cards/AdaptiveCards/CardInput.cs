using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>An input element; its value is sent under <see cref="Id"/> when an action submits.</summary>
public abstract record CardInput : CardElement
{
    /// <summary>Inputs must have an id: it is the key of the submitted value.</summary>
    [JsonPropertyOrder(-1)]
    public new required string Id
    {
        get => base.Id!;
        init => base.Id = value;
    }

    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    /// <summary>Shown when a required input is empty or the value is invalid.</summary>
    public string? ErrorMessage { get; init; }
}
