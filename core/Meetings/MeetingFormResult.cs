namespace Verkostot.Core.Meetings;

public sealed record MeetingFormResult(MeetingDraft? Draft, IReadOnlyList<string> Errors)
{
    public bool IsValid => Draft is not null;
}
