namespace Verkostot.Core.Questions.Answers;

/// <param name="Label">E.g. "Kuntia".</param>
/// <param name="Value">E.g. "159".</param>
public sealed record AnswerFact(string Label, string Value);
