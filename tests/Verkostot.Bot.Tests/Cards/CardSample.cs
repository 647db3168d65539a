using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Cards;

/// <summary>A named way to build one card kind for the snapshot check; the name becomes the snapshot's file name.</summary>
public sealed record CardSample(string Name, Func<AdaptiveCard> Build)
{
    public override string ToString() => Name;
}
