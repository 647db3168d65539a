using Verkostot.Bot.Announcements;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Networks;
using Verkostot.Bot.Protocol;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Questions;
using Verkostot.Bot.Reminders;
using Verkostot.Bot.Roster;
using Route = Verkostot.Bot.Protocol.Routing.Route;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// Everything the bot does when Teams calls it, in one table: the activities it handles, the invokes it answers, the
/// card buttons it acts on and the message commands it knows, each with its handler. A message that is no command is
/// a question (MessageHandler); anything else not listed is acknowledged and ignored. The table is checked at
/// start-up: two rows taking the same thing, or one message matching two commands' words, stop the start with a line
/// naming both (Protocol/Routing/RouteConflicts).
/// </summary>
public static class BotRoutes
{
    public static IReadOnlyList<Route> All { get; } =
    [
        // Activities: stored in the inbox, then handled in their conversation's turn.
        Route.Activity<MessageHandler>(ActivityTypes.Message),
        Route.Activity<ConversationUpdateHandler>(ActivityTypes.ConversationUpdate),
        Route.Activity<InstallationUpdateHandler>(ActivityTypes.InstallationUpdate),

        // Invokes: answered in the HTTP response.
        Route.Invoke<CardActionInvokeHandler>(InvokeNames.AdaptiveCardAction),

        // Message commands, tried in this order before a message is taken as a question. Written in lower case; case,
        // extra spaces, end punctuation and missing dots on ä, ö, å do not matter (CommandText).
        Route.Command<BindTeamCommand>(CommandWords.StartingWith(
            fi: ["liitä tiimi", "liitä tämä tiimi", "sido tiimi", "sido tämä tiimi", "yhdistä tiimi", "yhdistä tämä tiimi"],
            sv: ["koppla teamet", "koppla det här teamet"],
            en: ["link team", "link this team", "bind team", "bind this team"])),
        Route.Command<AddMeetingCommand>(CommandWords.StartingWith(fi: ["lisää kokous"])),
        Route.Command<MoveMeetingCommand>(CommandWords.StartingWith(fi: ["siirrä kokous"])),
        // Also "muokkaa kokousta", which begins the same way.
        Route.Command<EditMeetingCommand>(CommandWords.StartingWith(fi: ["muokkaa kokous"])),
        Route.Command<CancelMeetingCommand>(CommandWords.StartingWith(fi: ["peru kokous"])),
        Route.Command<AttendanceCommand>(CommandWords.Containing(fi:
        [
            "kuka tulee … puheenjohtajisto", "ketkä tulevat … puheenjohtajisto",
            "kuka osallistuu … puheenjohtajisto", "ketkä osallistuvat … puheenjohtajisto",
        ])),
        Route.Command<SyncMembersCommand>(CommandWords.Exactly(fi: ["synkronoi jäsenet", "synkronoi jäsenlista", "synkronoi jäsenlistat", "synkronoi"])),
        Route.Command<MissingFromTeamsCommand>(CommandWords.Containing(fi: ["eivät ole teamsissa", "ei ole teamsissa", "puuttuu teamsista", "puuttuvat teamsista"])),
        // The app package's command lists offer these in Swedish and English Teams.
        Route.Command<AnnouncementCommand>(CommandWords.Exactly(
            fi: ["tiedote", "uusi tiedote"],
            sv: ["meddelande", "nytt meddelande"],
            en: ["announcement", "new announcement"])),
        Route.Command<AnnouncementListCommand>(CommandWords.Exactly(
            fi: ["tiedotteet", "näytä tiedotteet"],
            sv: ["meddelanden", "visa meddelanden"],
            en: ["announcements", "show announcements"])),

        // Card buttons (Action.Execute verbs), carried by adaptiveCard/action invokes.
        Route.CardVerb<SaveMeetingAction>(MeetingFormCards.AddVerb),
        Route.CardVerb<MoveMeetingAction>(MeetingFormCards.MoveVerb),
        Route.CardVerb<OpenMeetingEditAction>(MeetingFormCards.OpenEditVerb),
        Route.CardVerb<EditMeetingAction>(MeetingFormCards.EditVerb),
        Route.CardVerb<CancelMeetingAction>(MeetingFormCards.CancelVerb),
        Route.CardVerb<RsvpAttendAction>(RsvpCard.AttendVerb),
        Route.CardVerb<RsvpDeclineAction>(RsvpCard.DeclineVerb),
        Route.CardVerb<PreviewAnnouncementAction>(AnnouncementVerbs.Preview),
        Route.CardVerb<EditAnnouncementAction>(AnnouncementVerbs.Edit),
        Route.CardVerb<SendAnnouncementAction>(AnnouncementVerbs.Send),
        Route.CardVerb<CancelAnnouncementAction>(AnnouncementVerbs.Cancel),
        Route.CardVerb<StopAnnouncementAction>(AnnouncementVerbs.Stop),
        Route.CardVerb<ShowReportAction>(AnnouncementVerbs.Report),
        Route.CardVerb<MarkAnsweredByDataChangeAction>(UnansweredQuestionsCardRenderer.AnsweredVerb),
        Route.CardVerb<MarkOutOfScopeAction>(UnansweredQuestionsCardRenderer.OutOfScopeVerb),
    ];
}
