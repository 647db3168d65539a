using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Reminders.Notices;

/// <summary>To those already reminded: the meeting will not be held.</summary>
public sealed record MeetingCancelledNotice(Language Language, MeetingDetails Meeting) : Notice(Language)
{
    public override string PlainText => Language.Pick(
        $"Peruttu: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}",
        $"Inställt: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}",
        $"Cancelled: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}");
}
