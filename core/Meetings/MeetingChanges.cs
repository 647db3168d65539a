namespace Verkostot.Core.Meetings;

/// <summary>What the edit form may change in a meeting: its start, place, Teams link and agenda. Kind and network stay.</summary>
public sealed record MeetingChanges(DateTimeOffset StartsAt, string? Place, string? TeamsLink, IReadOnlyList<string> Agenda)
{
    /// <summary>The edit form is validated as a one-off meeting of the same network and kind; its one start is the new start.</summary>
    public static MeetingChanges From(MeetingDraft draft) => new(draft.Starts[0], draft.Place, draft.TeamsLink, draft.Agenda);
}
