using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Search;

/// <summary>One sentence the sources state, with what it is about (a network, body or document) and who states it.</summary>
/// <param name="Title">What the sentence is about, as an answer's heading: the network's, body's or document's name.</param>
/// <param name="NetworkId">The network it belongs to, when any.</param>
public sealed record FactPassage(string Text, LocalizedText Title, string? NetworkId, Attribution Attribution);
