namespace Verkostot.Core.Questions.Answers;

public enum AnswerKind
{
    /// <summary>Facts found in the data.</summary>
    Found,
    /// <summary>The data holds nothing on this; the answer says so honestly and suggests questions that work.</summary>
    NotFound,
    /// <summary>The bot asks back, offering <see cref="Answer.Choices"/>.</summary>
    Clarify,
    /// <summary>The question is about the asker, whom the data does not know; the answer says whom to contact.</summary>
    AskerUnknown,
    Help,
    Greeting,
    Thanks,
}
