using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Hosting;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Networks;
using Verkostot.Bot.Protocol;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Reminders;
using Verkostot.Bot.Roster;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Questions.Answering;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// The one route table: every activity type, invoke, card verb and message command the bot answers, refused at
/// start-up when two rows take the same thing.
/// </summary>
public sealed class RouteTableTests
{
    private static readonly RouteTable Bot = new(BotRoutes.All);

    [Fact]
    public void Conflicts_TheBotsTable_None() => Assert.Empty(Bot.Conflicts());

    [Theory]
    [InlineData("message", typeof(MessageHandler))]
    [InlineData("conversationUpdate", typeof(ConversationUpdateHandler))]
    [InlineData("installationUpdate", typeof(InstallationUpdateHandler))]
    public void FindActivity_RoutedType_ItsHandler(string type, Type handler) => Assert.Equal(handler, Bot.FindActivity(type)?.Handler);

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("invoke")]
    public void FindActivity_TypeNoRouteTakes_Null(string type) => Assert.Null(Bot.FindActivity(type));

    [Fact]
    public void FindInvoke_AdaptiveCardAction_TheCardActionHandler() =>
        Assert.Equal(typeof(CardActionInvokeHandler), Bot.FindInvoke("adaptiveCard/action")?.Handler);

    [Fact]
    public void FindInvoke_UnknownName_Null() => Assert.Null(Bot.FindInvoke("composeExtension/query"));

    [Theory]
    [InlineData("rsvp.attend", typeof(RsvpAttendAction))]
    [InlineData("announcement.send", typeof(SendAnnouncementAction))]
    [InlineData("meeting.edit.save", typeof(EditMeetingAction))]
    public void FindCardVerb_KnownVerb_ItsAction(string verb, Type action) => Assert.Equal(action, Bot.FindCardVerb(verb)?.Handler);

    [Theory]
    [InlineData("tiedote", typeof(AnnouncementCommand))]
    [InlineData("Uusi  tiedote!", typeof(AnnouncementCommand))]
    [InlineData("tiedotteet", typeof(AnnouncementListCommand))]
    [InlineData("meddelande", typeof(AnnouncementCommand))]
    [InlineData("New announcement", typeof(AnnouncementCommand))]
    [InlineData("visa meddelanden", typeof(AnnouncementListCommand))]
    [InlineData("lisää kokous", typeof(AddMeetingCommand))]
    [InlineData("lisaa kokous", typeof(AddMeetingCommand))]
    [InlineData("Muokkaa kokousta", typeof(EditMeetingCommand))]
    [InlineData("peru kokous huomenna", typeof(CancelMeetingCommand))]
    [InlineData("kuka tulee puheenjohtajiston kokoukseen?", typeof(AttendanceCommand))]
    [InlineData("puheenjohtajiston kokoukseen ketkä osallistuvat", typeof(AttendanceCommand))]
    [InlineData("liita tama tiimi verkostoon", typeof(BindTeamCommand))]
    [InlineData("koppla det här teamet", typeof(BindTeamCommand))]
    [InlineData("Link this team", typeof(BindTeamCommand))]
    [InlineData("synkronoi", typeof(SyncMembersCommand))]
    public void FindCommand_CommandAsPeopleWriteIt_ItsCommand(string text, Type command) => Assert.Equal(command, Bot.FindCommand(text)?.Handler);

    [Theory]
    [InlineData("kuka on puheenjohtaja")]
    [InlineData("mikä on tiedote")]
    [InlineData("kuka tulee kokoukseen")]
    [InlineData("")]
    public void FindCommand_Question_Null(string text) => Assert.Null(Bot.FindCommand(text));

    [Fact]
    public void FindCommand_TheCoordinatorsHelpButtons_EachReachesACommand() =>
        Assert.All(ConversationAnswers.CoordinatorCommands, button => Assert.NotNull(Bot.FindCommand(button)));

    [Fact]
    public void Conflicts_TwoRoutesForOneActivityType_NamesBoth() => Assert.Equal(
        "Two routes take activity 'message': MessageHandler and ConversationUpdateHandler. Keep one.",
        Assert.Single(Conflicts(Route.Activity<ConversationUpdateHandler>(ActivityTypes.Message))));

    [Fact]
    public void Conflicts_TwoRoutesForOneInvokeName_NamesBoth() => Assert.Equal(
        "Two routes take invoke 'adaptiveCard/action': CardActionInvokeHandler and CardActionInvokeHandler. Keep one.",
        Assert.Single(Conflicts(Route.Invoke<CardActionInvokeHandler>(InvokeNames.AdaptiveCardAction))));

    [Fact]
    public void Conflicts_TwoActionsForOneCardVerb_NamesBoth() => Assert.Equal(
        "Two routes take card verb 'rsvp.attend': RsvpAttendAction and RsvpDeclineAction. Keep one.",
        Assert.Single(Conflicts(Route.CardVerb<RsvpDeclineAction>(RsvpCard.AttendVerb))));

    [Fact]
    public void Conflicts_CommandWordsTakenByAnotherCommand_NamesBoth() => Assert.Equal(
        "The command words 'tiedote' (fi) of AnnouncementCommand are also taken by AttendanceCommand: a message cannot go to both. Change the words of one.",
        Assert.Single(Conflicts(Route.Command<AttendanceCommand>(CommandWords.Exactly(fi: ["tiedote"])))));

    [Fact]
    public void Conflicts_CommandWordsStartingAnotherCommandsWords_NamesBoth() => Assert.Equal(
        "The command words 'peru kokous' (fi) of CancelMeetingCommand are also taken by AttendanceCommand: a message cannot go to both. Change the words of one.",
        Assert.Single(Conflicts(Route.Command<AttendanceCommand>(CommandWords.StartingWith(sv: [], fi: ["peru"])))));

    [Fact]
    public void Conflicts_CommandWordsInAnotherLanguageTaken_NamesTheLanguage() => Assert.Contains(
        "The command words 'link team' (en) of BindTeamCommand are also taken by AnnouncementCommand",
        Assert.Single(Conflicts(Route.Command<AnnouncementCommand>(CommandWords.Containing(fi: ["jaa"], en: ["link team"])))));

    [Fact]
    public void Conflicts_CommandWordsNotWrittenAsCompared_SaysHowToWriteThem() => Assert.Equal(
        "The command words 'Näytä  kokoukset!' (fi) of AnnouncementListCommand never match as written: write 'näytä kokoukset'.",
        Assert.Single(Conflicts(Route.Command<AnnouncementListCommand>(CommandWords.Exactly(fi: ["Näytä  kokoukset!"])))));

    [Fact]
    public void Conflicts_CommandWithoutWords_Named() => Assert.Equal(
        "The command SyncMembersCommand has no words.",
        Assert.Single(Conflicts(Route.Command<SyncMembersCommand>(CommandWords.Exactly(fi: [])))));

    [Fact]
    public void Conflicts_EmptyCardVerb_Named() => Assert.Equal(
        "The route to ShowReportAction takes an empty card verb.",
        Assert.Single(Conflicts(Route.CardVerb<ShowReportAction>(" "))));

    [Fact]
    public void Conflicts_InvokesRoutedAsAnActivity_SaysToRouteThemByName() => Assert.StartsWith(
        "The route to MessageHandler takes every invoke",
        Assert.Single(Conflicts(Route.Activity<MessageHandler>(ActivityTypes.Invoke))));

    [Fact]
    public void Conflicts_HandlerOfTheWrongKind_Named() => Assert.Equal(
        "The route for activity 'event' needs an IActivityHandler, but RsvpAttendAction is not one.",
        Assert.Single(Conflicts(new ActivityRoute(ActivityTypes.Event, typeof(RsvpAttendAction)))));

    [Fact]
    public void Conflicts_CardVerbsWithoutTheirInvoke_Named() => Assert.Equal(
        "Card verbs are routed, but no route takes invoke 'adaptiveCard/action', which carries them.",
        Assert.Single(new RouteTable([Route.CardVerb<RsvpAttendAction>(RsvpCard.AttendVerb)]).Conflicts()));

    [Fact]
    public void Conflicts_CommandsWithoutMessages_Named() => Assert.Equal(
        "Commands are routed, but no route takes activity 'message', which carries them.",
        Assert.Single(new RouteTable([Route.Command<AnnouncementCommand>(CommandWords.Exactly(fi: ["tiedote"]))]).Conflicts()));

    [Fact]
    public async Task StartupCheck_TableWithAConflict_RefusesToStartNamingTheConflict()
    {
        // The bot's process reports it before the host starts (Configuration/StartupCheck, exit 1); this hosted check
        // refuses any host built otherwise, as the test host is.
        await using var host = await BotTestHost.StartAsync(services: s => s.AddRoutes([Route.CardVerb<RsvpDeclineAction>(RsvpCard.AttendVerb)]));
        var check = host.Services.GetServices<IHostedService>().OfType<RouteTableCheck>().Single();

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => check.StartAsync(CancellationToken.None));

        Assert.Contains("Two routes take card verb 'rsvp.attend': RsvpAttendAction and RsvpDeclineAction.", refused.Message);
    }

    private static IReadOnlyList<string> Conflicts(Route added) => new RouteTable([.. BotRoutes.All, added]).Conflicts();
}
