using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Reminders.Notices;

/// <summary>To the coordinator: these people did not get the message about the meeting, so reach them another way.</summary>
public sealed record UndeliveredRemindersNotice(
    Language Language,
    MeetingDetails Meeting,
    IReadOnlyList<UndeliveredRecipient> Recipients) : Notice(Language)
{
    public override string PlainText => Language.Pick(
        $"Muistutus ei mennyt perille ({MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}): {Names}",
        $"Påminnelsen nådde inte fram ({MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}): {Names}",
        $"The reminder did not reach ({MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}): {Names}");

    private string Names => string.Join(", ", Recipients.Select(r => r.Name));
}
