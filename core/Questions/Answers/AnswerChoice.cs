namespace Verkostot.Core.Questions.Answers;

/// <param name="Label">Button text, e.g. "Pienten kuntien verkosto".</param>
/// <param name="Value">The question the button sends back, e.g. "Pienten kuntien verkosto: kuka on puheenjohtaja".</param>
public sealed record AnswerChoice(string Label, string Value);
