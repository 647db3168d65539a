using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Cards;

/// <summary>
/// Every card kind the bot sends, built from sample data. Each is written as a snapshot and validated by the
/// official adaptivecards package (scripts/test-manifest.sh). Add a line here for every new card you render.
/// </summary>
public static class CardSamples
{
    public static IReadOnlyList<CardSample> All { get; } =
    [
        new("model-text-and-facts", ModelSamples.TextAndFacts),
        new("model-form-inputs", ModelSamples.FormInputs),
        new("model-show-card-and-open-url", ModelSamples.ShowCardAndOpenUrl),
        new("model-refresh-for-users", ModelSamples.RefreshForUsers),
        new("meeting-reminder", Reminders.ReminderCardSamples.Reminder),
        new("meeting-reminder-answered", Reminders.ReminderCardSamples.ReminderAnswered),
        new("meeting-reminder-sv", () => Reminders.ReminderCardSamples.ReminderIn(Core.Domain.Language.Swedish)),
        new("meeting-reminder-answered-sv", () => Reminders.ReminderCardSamples.ReminderAnsweredIn(Core.Domain.Language.Swedish)),
        new("meeting-reminder-en", () => Reminders.ReminderCardSamples.ReminderIn(Core.Domain.Language.English)),
        new("meeting-reminder-answered-en", () => Reminders.ReminderCardSamples.ReminderAnsweredIn(Core.Domain.Language.English)),
        new("meeting-deputy-invitation", Reminders.ReminderCardSamples.DeputyInvitation),
        new("meeting-moved", Reminders.ReminderCardSamples.Moved),
        new("meeting-cancelled", Reminders.ReminderCardSamples.Cancelled),
        new("meeting-undelivered", Reminders.ReminderCardSamples.Undelivered),
        new("meeting-digest", Digest.DigestCardSamples.Digest),
        new("meeting-add-form", Meetings.MeetingCardSamples.AddForm),
        new("meeting-move-form", Meetings.MeetingCardSamples.MoveForm),
        new("meeting-cancel-form", Meetings.MeetingCardSamples.CancelForm),
        new("meeting-edit-list", Meetings.MeetingCardSamples.EditList),
        new("meeting-edit-form", Meetings.MeetingCardSamples.EditForm),
        new("meeting-edit-form-with-error", Meetings.MeetingCardSamples.EditFormWithError),
        new("meeting-updated", Meetings.MeetingCardSamples.Updated),
        new("roster-report", () => new Verkostot.Bot.Roster.RosterReportCardRenderer().Render(Roster.RosterCardsTests.SampleReport)),
        new("roster-credential-alert", () => new Verkostot.Bot.Roster.RosterCredentialAlertCardRenderer().Render(Roster.RosterCardsTests.SampleAlert)),
        new("announcement-compose-with-errors", Announcements.AnnouncementCardSamples.ComposeWithErrors),
        new("announcement-preview", Announcements.AnnouncementCardSamples.Preview),
        new("announcement", Announcements.AnnouncementCardSamples.Announcement),
        new("announcement-live-report", Announcements.AnnouncementCardSamples.LiveReport),
        new("announcement-final-report", Announcements.AnnouncementCardSamples.FinalReport),
        new("announcement-list", Announcements.AnnouncementCardSamples.List),
        new("answer-with-source-and-caveat", () => Verkostot.Bot.Questions.AnswerCardRenderer.Render(Questions.UnansweredQuestionsCardTests.SampleAnswer)),
        new("unanswered-questions", () => new Verkostot.Bot.Questions.UnansweredQuestionsCardRenderer().Render(Questions.UnansweredQuestionsCardTests.SampleNotice)),
    ];
}
