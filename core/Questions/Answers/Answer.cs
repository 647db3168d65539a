using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answers;

/// <summary>
/// A renderer-neutral answer: one generic card renderer and <see cref="AnswerPlainText"/> can show every answer.
/// All strings are plain text (never markup); renderers escape them for their medium.
/// </summary>
/// <param name="Kind">What sort of answer this is, e.g. to style a not-found differently.</param>
/// <param name="Language">The language the answer is written in.</param>
/// <param name="Title">A short heading, e.g. "Pienten kuntien verkoston puheenjohtaja".</param>
/// <param name="Text">An optional sentence or two under the title.</param>
/// <param name="Facts">Label–value pairs (e.g. "Kuntia" – "159").</param>
/// <param name="Items">A bulleted list (themes, channels, networks, priorities).</param>
/// <param name="People">People with their role in this answer.</param>
/// <param name="Meetings">Meetings, earliest first.</param>
/// <param name="Suggestions">Example questions that work, shown as tappable hints.</param>
/// <param name="Choices">Buttons when the bot must ask back (e.g. which network); each sends its value as a new question.</param>
/// <param name="NetworkId">The network the answer is about, when it is about one.</param>
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
    string? NetworkId = null)
{
    /// <summary>An answer with only a title; the rest is added with <c>with</c>.</summary>
    public static Answer Of(AnswerKind kind, Language language, string title, string? text = null) =>
        new(kind, language, title, text, [], [], [], [], [], []);
}

public enum AnswerKind
{
    /// <summary>Facts found in the data.</summary>
    Found,
    /// <summary>The data holds nothing on this; the answer says so honestly and suggests questions that work.</summary>
    NotFound,
    /// <summary>The bot asks back, offering <see cref="Answer.Choices"/>.</summary>
    Clarify,
    Help,
    Greeting,
    Thanks,
}

/// <param name="Label">E.g. "Kuntia".</param>
/// <param name="Value">E.g. "159".</param>
public sealed record AnswerFact(string Label, string Value);

/// <summary>A person as shown in an answer: "Puheenjohtaja: Juha Herrala, kunnanjohtaja, Isojoki".</summary>
/// <param name="Role">The role that makes the person part of this answer, e.g. "Varajäsen"; null when obvious.</param>
public sealed record AnswerPerson(string PersonId, string Name, string? Role, string? Title, string? Municipality, string? Email)
{
    /// <summary>"Juha Herrala, kunnanjohtaja, Isojoki".</summary>
    public string Display => string.Join(", ", new[] { Name, Title, Municipality }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <param name="When">Formatted in Helsinki time for the answer's language, e.g. "ti 8.12.2026 klo 9.00–11.00".</param>
public sealed record AnswerMeeting(
    int MeetingId,
    string Title,
    string When,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? TeamsLink,
    IReadOnlyList<string> Agenda,
    string? Invited);

/// <param name="Label">Button text, e.g. "Pienten kuntien verkosto".</param>
/// <param name="Value">The question the button sends back, e.g. "pienten kuntien verkosto kuka on puheenjohtaja".</param>
public sealed record AnswerChoice(string Label, string Value);
