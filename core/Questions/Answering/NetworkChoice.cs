using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>The network a question is about, or the networks to ask the user to choose from, likeliest first.</summary>
public sealed record NetworkChoice(Network? Network, IReadOnlyList<Network> Candidates, NetworkChoiceSource Source)
{
    public static NetworkChoice Chosen(Network network, NetworkChoiceSource source) => new(network, [], source);

    /// <summary>Says which network answered when the question named none and only one network's data could answer.</summary>
    public string? Note(AnswerContext c) => Source == NetworkChoiceSource.OnlyOneWithData && Network is not null
        ? c.L(
            $"Tieto löytyy vain {FinnishNameInflector.Genitive(Network.Name.Fi)} tiedoista.",
            $"Uppgiften finns bara för {c.Name(Network.Name)}.",
            $"Only the {c.Name(Network.Name)} has this in its data.")
        : null;
}
