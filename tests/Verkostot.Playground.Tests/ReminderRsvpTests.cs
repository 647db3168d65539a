using Verkostot.Playground.Tests.Harness;
using Verkostot.Playground.Tests.Harness.Json;

namespace Verkostot.Playground.Tests;

/// <summary>
/// The presidium reminder round trip through the Playground, as Juha Herrala: the reminder card in his 1:1 chat, his
/// answer through the Playground's invoke endpoint (the button press of its web page), and for "En pääse" his deputy
/// Tarja Hosiasluoma's invitation. The Playground cannot read a conversation back, so an answer is checked in the card
/// the invoke returns. Its web page (the conversation stream) shows only Juha's chats, so the invitation is found in
/// its log stream, and pressing a button on it as Tarja, which the Playground allows only in her own chat, shows where
/// it went. All tests answer the one reminder of the fixture, so each holds whatever the answers before it were.
/// </summary>
[Collection(PresidiumMemberCollection.Name)]
public sealed class ReminderRsvpTests(PresidiumMemberFixture fixture)
{
    private const string DeputyInvitedText = "Kiitos tiedosta. Varajäsenesi Tarja Hosiasluoma kutsuttiin.";
    private const string AttendingText = "Kiitos, merkitsin osallistumisesi.";
    private static readonly TimeSpan InvitationTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TestConfig_CurrentUser_IsPresidiumMemberJuhaHerrala()
    {
        var config = await fixture.Playground.TestConfigAsync();

        Assert.Equal(PlaygroundTenant.JuhaHerrala, config.CurrentUser.AsPerson());
    }

    [Fact]
    public async Task TestConfig_Users_AreTheOtherDemoPeopleWithTheirIds()
    {
        var config = await fixture.Playground.TestConfigAsync();

        PlaygroundPerson[] expected =
        [
            PlaygroundTenant.IiraAiniala, PlaygroundTenant.TarjaHosiasluoma, PlaygroundTenant.JaanaEsimerkki,
            PlaygroundTenant.MarjutAhokas, PlaygroundTenant.TimoReina,
        ];
        Assert.Equal(expected, config.Users.Select(u => u.AsPerson()));
    }

    [Fact]
    public void Reminder_OnTheMorningItIsDue_ShowsThePresidiumMeetingWithBothButtons()
    {
        var reminder = fixture.Reminder;

        Assert.Contains("Muistutus: puheenjohtajiston kokous ti 1.12.2026 klo 9.00", reminder.Visible);
        Assert.NotNull(reminder.Button(ReminderRsvpButtons.Attend));
        Assert.NotNull(reminder.Button(ReminderRsvpButtons.Decline));
    }

    [Fact]
    public async Task Attend_OnTheReminderCard_ReturnsTheCardConfirmingAttendance()
    {
        var answer = await PressAsync(ReminderRsvpButtons.Attend);

        Assert.Equal(CardActionAnswer.CardType, answer.Type);
        Assert.Contains(AttendingText, answer.Visible);
        Assert.Equal("positive", answer.Button(ReminderRsvpButtons.Attend)?.Style);
    }

    [Fact]
    public async Task Decline_OnTheReminderCard_ReturnsTheCardSayingTheDeputyWasInvited()
    {
        var answer = await PressAsync(ReminderRsvpButtons.Decline);

        Assert.Equal(CardActionAnswer.CardType, answer.Type);
        Assert.Contains(DeputyInvitedText, answer.Visible);
        Assert.Equal("destructive", answer.Button(ReminderRsvpButtons.Decline)?.Style);
    }

    [Fact]
    public async Task Decline_OnTheReminderCard_SendsTheDeputyAnInvitationNamingTheMember()
    {
        await PressAsync(ReminderRsvpButtons.Decline);

        var invitation = await fixture.Log.BotMessageAsync(IsDeputyInvitation, InvitationTimeout, "deputy invitation");

        Assert.Contains("Kutsu varajäsenenä: puheenjohtajiston kokous ti 1.12.2026 klo 9.00", invitation.Visible);
        Assert.Contains("Juha Herrala ei pääse kokoukseen. Pääsetkö sinä?", invitation.Visible);
    }

    [Fact]
    public async Task DeputyAttends_OnTheInvitationInHerChat_ReturnsTheCardConfirmingSheAttendsAsDeputy()
    {
        await PressAsync(ReminderRsvpButtons.Decline);
        var invitation = await fixture.Log.BotMessageAsync(IsDeputyInvitation, InvitationTimeout, "deputy invitation");
        var tarjasChat = await fixture.Log.PersonalChatOpenedWithAsync(PlaygroundTenant.TarjaHosiasluoma, InvitationTimeout);

        // The Playground takes the press only from a member of the chat, on a message in that chat.
        var answer = await fixture.Playground.PressAsync(tarjasChat, PlaygroundTenant.TarjaHosiasluoma, invitation, ReminderRsvpButtons.Attend);

        Assert.Equal(CardActionAnswer.CardType, answer.Type);
        Assert.Contains("Kiitos, merkitsin osallistumisesi varajäsenenä.", answer.Visible);
    }

    [Fact]
    public async Task DeclineTwice_OnTheReminderCard_InvitesTheDeputyOnce()
    {
        var first = await PressAsync(ReminderRsvpButtons.Decline);
        var second = await PressAsync(ReminderRsvpButtons.Decline);

        await fixture.Log.BotMessageAsync(IsDeputyInvitation, InvitationTimeout, "deputy invitation");
        await fixture.Log.SettleAsync(quiet: TimeSpan.FromMilliseconds(500), atMost: TimeSpan.FromSeconds(5));

        Assert.Single(fixture.Log.BotMessages(IsDeputyInvitation));
        Assert.Equal(first.Visible, second.Visible);
        Assert.Contains(DeputyInvitedText, second.Visible);
    }

    [Fact]
    public async Task AttendAfterDecline_OnTheReminderCard_ReturnsTheCardWithTheLaterAnswer()
    {
        await PressAsync(ReminderRsvpButtons.Decline);

        var answer = await PressAsync(ReminderRsvpButtons.Attend);

        Assert.Contains(AttendingText, answer.Visible);
        Assert.DoesNotContain(DeputyInvitedText, answer.Visible);
        Assert.Equal(("positive", null), (answer.Button(ReminderRsvpButtons.Attend)?.Style, answer.Button(ReminderRsvpButtons.Decline)?.Style));
    }

    private Task<CardActionAnswer> PressAsync(string button) =>
        fixture.Playground.PressAsync(PlaygroundTenant.PersonalChatId, PlaygroundTenant.JuhaHerrala, fixture.Reminder, button);

    private static bool IsDeputyInvitation(ShownMessage message) => message.Visible.Contains("Kutsu varajäsenenä", StringComparison.Ordinal);
}
