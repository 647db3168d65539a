namespace Verkostot.Core.Questions.Unanswered;

/// <summary>What marking an unanswered question did.</summary>
public enum MarkOutcome
{
    Marked,
    /// <summary>No such question (it may have been forgotten after 90 days).</summary>
    NotFound,
    /// <summary>The person is not a coordinator of the question's network.</summary>
    Forbidden,
}
