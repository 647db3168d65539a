using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>The plain texts of the notices about a presidium meeting on ti 8.12.2026 klo 9.00, in each language.</summary>
public sealed class ReminderNoticeTextTests
{
    private static readonly MeetingDetails Presidium = new(
        12, "pienet-kunnat", "Pienten kuntien verkosto", MeetingKind.PresidiumMeeting, null,
        HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)), HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(10, 0)),
        "Kuntatalo", null, []);

    private static readonly DateTimeOffset Earlier = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(13, 0));

    [Theory]
    [InlineData(Language.Finnish, "Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00")]
    [InlineData(Language.Swedish, "Påminnelse: presidiemöte tis 8.12.2026 kl. 9.00")]
    [InlineData(Language.English, "Reminder: presidium meeting Tue 8 Dec 2026 at 9:00")]
    public void Reminder_InLanguage_Text(Language language, string expected) =>
        Assert.Equal(expected, new MeetingReminderNotice(language, Presidium, 1).PlainText);

    [Theory]
    [InlineData(Language.Finnish, "Juha Herrala ei pääse: puheenjohtajiston kokous ti 8.12.2026 klo 9.00. Pääsetkö varajäsenenä?")]
    [InlineData(Language.Swedish, "Juha Herrala kan inte delta: presidiemöte tis 8.12.2026 kl. 9.00. Kan du komma som ersättare?")]
    [InlineData(Language.English, "Juha Herrala cannot attend: presidium meeting Tue 8 Dec 2026 at 9:00. Can you attend as deputy?")]
    public void DeputyInvitation_InLanguage_Text(Language language, string expected) =>
        Assert.Equal(expected, new DeputyInvitationNotice(language, Presidium, 1, "Juha Herrala").PlainText);

    [Theory]
    [InlineData(Language.Finnish, "Muutos: puheenjohtajiston kokous siirtyy, uusi aika ti 8.12.2026 klo 9.00 (oli ti 1.12.2026 klo 13.00)")]
    [InlineData(Language.Swedish, "Ändrad tid: presidiemöte tis 8.12.2026 kl. 9.00 (tidigare tis 1.12.2026 kl. 13.00)")]
    [InlineData(Language.English, "Change: the presidium meeting moves to Tue 8 Dec 2026 at 9:00 (was Tue 1 Dec 2026 at 13:00)")]
    public void Moved_InLanguage_Text(Language language, string expected) =>
        Assert.Equal(expected, new MeetingMovedNotice(language, Presidium, Earlier).PlainText);

    [Theory]
    [InlineData(Language.Finnish, "Peruttu: puheenjohtajiston kokous ti 8.12.2026 klo 9.00")]
    [InlineData(Language.Swedish, "Inställt: presidiemöte tis 8.12.2026 kl. 9.00")]
    [InlineData(Language.English, "Cancelled: presidium meeting Tue 8 Dec 2026 at 9:00")]
    public void Cancelled_InLanguage_Text(Language language, string expected) =>
        Assert.Equal(expected, new MeetingCancelledNotice(language, Presidium).PlainText);
}
