using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

/// <summary>"Ei kuulu botille" on the monthly card of unanswered questions.</summary>
public sealed class MarkOutOfScopeAction(UnansweredQuestions questions, UnansweredReport report)
    : MarkUnansweredAction(questions, report, UnansweredStatus.OutOfScope);
