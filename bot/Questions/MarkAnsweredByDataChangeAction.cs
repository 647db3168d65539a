using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

/// <summary>"Vastattu tietoja muuttamalla" on the monthly card of unanswered questions.</summary>
public sealed class MarkAnsweredByDataChangeAction(UnansweredQuestions questions, UnansweredReport report)
    : MarkUnansweredAction(questions, report, UnansweredStatus.AnsweredByDataChange);
