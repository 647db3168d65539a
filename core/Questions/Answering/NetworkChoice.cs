using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>The network a question is about, or the networks to ask the user to choose from.</summary>
public sealed record NetworkChoice(Network? Network, IReadOnlyList<Network> Candidates, NetworkChoiceSource Source)
{
    public static NetworkChoice Chosen(Network network, NetworkChoiceSource source) => new(network, [], source);
}
