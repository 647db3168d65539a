namespace Verkostot.Core.Questions.Answers;

/// <param name="IsExample">An invented demo meeting, to be shown as an example, never as a real one.</param>
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
    string? Invited,
    bool IsExample = false);
