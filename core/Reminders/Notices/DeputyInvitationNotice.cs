using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Reminders.Notices;

/// <summary>To a deputy at once when their member answers "En pääse": can you come instead?</summary>
public sealed record DeputyInvitationNotice(
    Language Language,
    MeetingDetails Meeting,
    long ReminderId,
    string MemberName,
    AttendanceAnswer? Answer = null,
    RsvpOutcome Outcome = RsvpOutcome.None) : Notice(Language)
{
    public override string PlainText => Language.Pick(
        $"{MemberName} ei pääse: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}. Pääsetkö varajäsenenä?",
        $"{MemberName} kan inte delta: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}. Kan du komma som ersättare?",
        $"{MemberName} cannot attend: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}. Can you attend as deputy?");
}
