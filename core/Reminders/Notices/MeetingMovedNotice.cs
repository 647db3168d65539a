using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Reminders.Notices;

/// <summary>To those already reminded: the meeting has a new time.</summary>
public sealed record MeetingMovedNotice(Language Language, MeetingDetails Meeting, DateTimeOffset PreviousStartsAt) : Notice(Language)
{
    public override string PlainText => Language.Pick(
        $"Muutos: {MeetingKindNames.Of(Meeting.Kind, Language)} siirtyy, uusi aika {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)} (oli {HelsinkiDateFormat.Format(PreviousStartsAt, Language)})",
        $"Ändrad tid: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)} (tidigare {HelsinkiDateFormat.Format(PreviousStartsAt, Language)})",
        $"Change: the {MeetingKindNames.Of(Meeting.Kind, Language)} moves to {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)} (was {HelsinkiDateFormat.Format(PreviousStartsAt, Language)})");
}
