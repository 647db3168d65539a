using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>A button on a card; the "type" property names the concrete kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public ActionStyle? Style { get; init; }
}
