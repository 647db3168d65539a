using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Reminders;
using Verkostot.Core.Domain;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;
using static Verkostot.Bot.Tests.Meetings.MeetingCardSamples;

namespace Verkostot.Bot.Tests.Reminders;

/// <summary>Sample reminder cards for the sample meeting, for the card snapshots and the renderer tests.</summary>
internal static class ReminderCardSamples
{
    public static AdaptiveCard Reminder() => Render(new MeetingReminderCardRenderer(Parts), new MeetingReminderNotice(Language.Finnish, Presidium, 41));

    public static AdaptiveCard ReminderAnswered() => Render(new MeetingReminderCardRenderer(Parts),
        new MeetingReminderNotice(Language.Finnish, Presidium, 41, AttendanceAnswer.NotAttending, RsvpOutcome.NotAttendingDeputyInvited, "Tarja Hosiasluoma"));

    public static AdaptiveCard ReminderIn(Language language) => Render(new MeetingReminderCardRenderer(Parts), new MeetingReminderNotice(language, PresidiumIn(language), 41));

    public static AdaptiveCard ReminderAnsweredIn(Language language) => Render(new MeetingReminderCardRenderer(Parts),
        new MeetingReminderNotice(language, PresidiumIn(language), 41, AttendanceAnswer.NotAttending, RsvpOutcome.NotAttendingDeputyInvited, "Tarja Hosiasluoma"));

    public static AdaptiveCard DeputyInvitation() => Render(new DeputyInvitationCardRenderer(Parts), new DeputyInvitationNotice(Language.Finnish, Presidium, 42, "Juha Herrala"));

    public static AdaptiveCard Moved() => Render(new MeetingMovedCardRenderer(Parts), new MeetingMovedNotice(Language.Finnish, Presidium, Presidium.StartsAt.AddDays(-2)));

    public static AdaptiveCard Cancelled() => Render(new MeetingCancelledCardRenderer(), new MeetingCancelledNotice(Language.Finnish, Presidium));

    public static AdaptiveCard Undelivered() => Render(new UndeliveredRemindersCardRenderer(),
        new UndeliveredRemindersNotice(Language.Finnish, Presidium, [new UndeliveredRecipient("Tarja Hosiasluoma", "ei tavoitettavissa Teamsissa")]));
}
