using Verkostot.Bot.Reminders;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Bot.Tests.Meetings;

namespace Verkostot.Bot.Tests.Reminders;

public sealed class ReminderCardTests
{
    [Fact]
    public void Reminder_NotAnswered_HeadingWithFinnishTimeAndRsvpButtons()
    {
        var json = CardJson.Strings(ReminderCardSamples.Reminder());
        Assert.Contains("Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00", json);
        Assert.Contains("verb:rsvp.attend", json);
        Assert.Contains("title:Osallistun", json);
        Assert.Contains("title:En pääse", json);
    }

    [Fact]
    public void Reminder_ButtonsCarryReminderId()
    {
        var card = ReminderCardSamples.Reminder().ToJsonElement();
        var attend = card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal("41", attend.GetProperty("data").GetProperty("reminderId").GetString());
    }

    [Fact]
    public void Reminder_DeclinedWithDeputyInvited_SaysSo() =>
        Assert.Contains("Kiitos tiedosta. Varajäsenesi Tarja Hosiasluoma kutsuttiin.", CardJson.Strings(ReminderCardSamples.ReminderAnswered()));

    [Fact]
    public void Reminder_HasSignedCalendarLinkAndTeamsLink()
    {
        var json = CardJson.Strings(ReminderCardSamples.Reminder());
        Assert.Contains("http://localhost:3978/meetings/12/calendar.ics?expires=", json);
        Assert.Contains("Liity Teamsissa", json);
    }

    [Fact]
    public void DeputyInvitation_NamesTheMember() =>
        Assert.Contains("Juha Herrala ei pääse kokoukseen. Pääsetkö sinä?", CardJson.Strings(ReminderCardSamples.DeputyInvitation()));

    [Fact]
    public void Reminder_ButtonsCarryTheCardsLanguage()
    {
        var card = ReminderCardSamples.ReminderIn(Core.Domain.Language.Swedish).ToJsonElement();
        var buttons = card.GetProperty("actions").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "Action.Execute").ToList();
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("sv", b.GetProperty("data").GetProperty("lang").GetString()));
    }

    [Fact]
    public void Reminder_Finnish_ButtonsSayFi()
    {
        var attend = ReminderCardSamples.Reminder().ToJsonElement().GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal("fi", attend.GetProperty("data").GetProperty("lang").GetString());
    }

    [Fact]
    public void Reminder_Swedish_HeadingButtonsAndLinksInSwedish()
    {
        var json = CardJson.Strings(ReminderCardSamples.ReminderIn(Core.Domain.Language.Swedish));
        Assert.Contains("Påminnelse: presidiemöte tis 8.12.2026 kl. 9.00", json);
        Assert.Contains("title:Jag deltar", json);
        Assert.Contains("title:Jag kan inte komma", json);
        Assert.Contains("title:Anslut i Teams", json);
        Assert.Contains("title:Lägg till i kalendern", json);
        Assert.Contains("tis 8.12.2026 kl. 9.00–10.00", json);
    }

    [Fact]
    public void Reminder_English_HeadingAndButtonsInEnglish()
    {
        var json = CardJson.Strings(ReminderCardSamples.ReminderIn(Core.Domain.Language.English));
        Assert.Contains("Reminder: presidium meeting Tue 8 Dec 2026 at 9:00", json);
        Assert.Contains("title:I'll attend", json);
        Assert.Contains("title:I can't attend", json);
    }

    [Fact]
    public void Reminder_SwedishDeclinedWithDeputyInvited_SaysSoInSwedish() =>
        Assert.Contains("Tack för beskedet. Din ersättare Tarja Hosiasluoma har bjudits in.", CardJson.Strings(ReminderCardSamples.ReminderAnsweredIn(Core.Domain.Language.Swedish)));

    [Fact]
    public void Reminder_EnglishDeclinedWithDeputyInvited_SaysSoInEnglish() =>
        Assert.Contains("Thanks. Your deputy Tarja Hosiasluoma has been invited.", CardJson.Strings(ReminderCardSamples.ReminderAnsweredIn(Core.Domain.Language.English)));

    [Fact]
    public void DeputyInvitation_Swedish_AsksTheDeputyInSwedish()
    {
        var json = CardJson.Strings(MeetingCardSamples.Render(new DeputyInvitationCardRenderer(MeetingCardSamples.Parts),
            new Core.Reminders.Notices.DeputyInvitationNotice(Core.Domain.Language.Swedish, MeetingCardSamples.PresidiumIn(Core.Domain.Language.Swedish), 42, "Juha Herrala")));
        Assert.Contains("Inbjudan som ersättare: presidiemöte tis 8.12.2026 kl. 9.00", json);
        Assert.Contains("Juha Herrala kan inte delta. Kan du komma?", json);
    }

    [Fact]
    public void Moved_Swedish_NewAndEarlierTimeInSwedish()
    {
        var swedish = MeetingCardSamples.PresidiumIn(Core.Domain.Language.Swedish);
        var json = CardJson.Strings(MeetingCardSamples.Render(new MeetingMovedCardRenderer(MeetingCardSamples.Parts),
            new Core.Reminders.Notices.MeetingMovedNotice(Core.Domain.Language.Swedish, swedish, swedish.StartsAt.AddDays(-2))));
        Assert.Contains("Ny tid: presidiemöte tis 8.12.2026 kl. 9.00", json);
        Assert.Contains("Den tidigare tiden var sön 6.12.2026 kl. 9.00.", json);
    }

    [Fact]
    public void Cancelled_English_SaysTheMeetingWillNotBeHeld()
    {
        var json = CardJson.Strings(MeetingCardSamples.Render(new MeetingCancelledCardRenderer(),
            new Core.Reminders.Notices.MeetingCancelledNotice(Core.Domain.Language.English, MeetingCardSamples.PresidiumIn(Core.Domain.Language.English))));
        Assert.Contains("Cancelled: presidium meeting Tue 8 Dec 2026 at 9:00", json);
        Assert.Contains("The meeting will not be held. You can remove it from your calendar.", json);
    }
}
