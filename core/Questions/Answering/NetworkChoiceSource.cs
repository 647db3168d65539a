namespace Verkostot.Core.Questions.Answering;

public enum NetworkChoiceSource
{
    Named,
    Conversation,
    Asker,
    OnlyOneWithData,
    Ambiguous,
}
