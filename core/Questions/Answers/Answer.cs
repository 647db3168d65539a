using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answers;

/// <summary>
/// A renderer-neutral answer: one generic card renderer and <see cref="AnswerPlainText"/> can show every answer.
/// All strings are plain text (never markup); renderers escape them for their medium.
/// </summary>
/// <param name="Kind">What sort of answer this is, e.g. to style a not-found differently.</param>
/// <param name="Language">The language the answer is written in.</param>
/// <param name="Title">A short heading, e.g. "Puheenjohtaja – Pienten kuntien verkosto".</param>
/// <param name="Text">An optional sentence or two under the title.</param>
/// <param name="Facts">Label–value pairs (e.g. "Kuntia" – "159").</param>
/// <param name="Items">A bulleted list (themes, channels, networks, priorities).</param>
/// <param name="People">People with their role in this answer.</param>
/// <param name="Meetings">Meetings, earliest first.</param>
/// <param name="Suggestions">Example questions that work, shown as tappable hints.</param>
/// <param name="Choices">Buttons when the bot must ask back (e.g. which network); each sends its value as a new question.</param>
/// <param name="NetworkId">The network the answer is about, when it is about one.</param>
/// <param name="SuggestionsLabel">What the suggestions are, when they are not questions to ask (e.g. commands).</param>
/// <param name="Source">Where the facts come from and when they held, e.g. "Puheenjohtajisto 2024 · lähde: Kuntaliitto".</param>
/// <param name="Caveat">A warning the reader must not miss, e.g. that the term shown has ended and things may have changed.</param>
public sealed record Answer(
    AnswerKind Kind,
    Language Language,
    string Title,
    string? Text,
    IReadOnlyList<AnswerFact> Facts,
    IReadOnlyList<string> Items,
    IReadOnlyList<AnswerPerson> People,
    IReadOnlyList<AnswerMeeting> Meetings,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<AnswerChoice> Choices,
    string? NetworkId = null,
    string? SuggestionsLabel = null,
    string? Source = null,
    string? Caveat = null)
{
    /// <summary>An answer with only a title; the rest is added with <c>with</c>.</summary>
    public static Answer Of(AnswerKind kind, Language language, string title, string? text = null) =>
        new(kind, language, title, text, [], [], [], [], [], []);
}
