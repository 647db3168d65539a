using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Reminders.Notices;

/// <summary>
/// "Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00" with RSVP buttons; rendered again with
/// <see cref="Answer"/> and <see cref="Outcome"/> when the person answers, to replace the card in place.
/// </summary>
public sealed record MeetingReminderNotice(
    Language Language,
    MeetingDetails Meeting,
    long ReminderId,
    AttendanceAnswer? Answer = null,
    RsvpOutcome Outcome = RsvpOutcome.None,
    string? DeputyName = null) : Notice(Language)
{
    /// <summary>The reminder's words, the card's heading too.</summary>
    public string Heading =>
        $"{Language.Pick("Muistutus", "Påminnelse", "Reminder")}: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}";

    public override string PlainText => Heading;
}
