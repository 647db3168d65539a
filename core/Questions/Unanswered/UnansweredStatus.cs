namespace Verkostot.Core.Questions.Unanswered;

/// <summary>What a coordinator made of an unanswered question.</summary>
public enum UnansweredStatus
{
    /// <summary>Nobody has looked at it yet.</summary>
    Open,
    /// <summary>The data now answers it (a coordinator added or corrected the facts).</summary>
    AnsweredByDataChange,
    /// <summary>Not something the bot should answer.</summary>
    OutOfScope,
}
