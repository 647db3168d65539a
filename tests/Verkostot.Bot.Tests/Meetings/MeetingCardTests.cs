using System.Text.Json;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Reminders;

namespace Verkostot.Bot.Tests.Meetings;

public sealed class MeetingCardTests
{
    /// <summary>Every string in the card, unescaped, one per line ("verb:rsvp.attend" style for named ones).</summary>
    private static string Json(Verkostot.Bot.Cards.AdaptiveCards.AdaptiveCard card)
    {
        var lines = new List<string>();
        void Walk(JsonElement e, string name)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value, p.Name); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i, name); break;
                case JsonValueKind.String: lines.Add($"{name}:{e.GetString()}"); break;
            }
        }
        Walk(card.ToJsonElement(), "");
        return string.Join("\n", lines);
    }

    [Fact]
    public void Reminder_NotAnswered_HeadingWithFinnishTimeAndRsvpButtons()
    {
        var json = Json(MeetingCardSamples.Reminder());
        Assert.Contains("Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00", json);
        Assert.Contains("verb:rsvp.attend", json);
        Assert.Contains("title:Osallistun", json);
        Assert.Contains("title:En pääse", json);
    }

    [Fact]
    public void Reminder_ButtonsCarryReminderId()
    {
        var card = MeetingCardSamples.Reminder().ToJsonElement();
        var attend = card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal("41", attend.GetProperty("data").GetProperty("reminderId").GetString());
    }

    [Fact]
    public void Reminder_DeclinedWithDeputyInvited_SaysSo() =>
        Assert.Contains("Kiitos tiedosta. Varajäsenesi Tarja Hosiasluoma kutsuttiin.", Json(MeetingCardSamples.ReminderAnswered()));

    [Fact]
    public void Reminder_HasSignedCalendarLinkAndTeamsLink()
    {
        var json = Json(MeetingCardSamples.Reminder());
        Assert.Contains("http://localhost:3978/meetings/12/calendar.ics?expires=", json);
        Assert.Contains("Liity Teamsissa", json);
    }

    [Fact]
    public void DeputyInvitation_NamesTheMember() =>
        Assert.Contains("Juha Herrala ei pääse kokoukseen. Pääsetkö sinä?", Json(MeetingCardSamples.DeputyInvitation()));

    [Fact]
    public void AddForm_WithError_ShowsFinnishMessage() =>
        Assert.Contains("Ajankohta on jo mennyt. Valitse tuleva päivä ja aika.", Json(MeetingCardSamples.AddForm()));

    [Fact]
    public void EditList_EachMeetingHasItsOwnEditButton()
    {
        var card = MeetingCardSamples.EditList().ToJsonElement().GetRawText();
        var json = Json(MeetingCardSamples.EditList());
        Assert.Contains("Puheenjohtajiston kokous ti 8.12.2026 klo 9.00", json);
        Assert.Contains("Puheenjohtajiston kokous ti 5.1.2027 klo 9.00", json);
        Assert.Contains("\"meetingId\":\"12\"", card);
        Assert.Contains("\"meetingId\":\"13\"", card);
    }

    [Fact]
    public void EditForm_FilledWithTheMeetingsValues()
    {
        var json = Json(MeetingCardSamples.EditForm());
        Assert.Contains("value:2026-12-08", json);
        Assert.Contains("value:09:00", json);
        Assert.Contains("value:Kuntatalo, Helsinki", json);
        Assert.Contains("value:https://teams.microsoft.com/l/meetup-join/sample", json);
        Assert.Contains("value:Verkostotapaamisen valmistelu\nMuut asiat", json);
    }

    [Fact]
    public void EditForm_WithError_ShowsFinnishMessageAndWhatWasSent()
    {
        var json = Json(MeetingCardSamples.EditFormWithError());
        Assert.Contains("Teams-linkin pitää alkaa https://.", json);
        Assert.Contains("value:http://teams.example/x", json);
    }

    [Fact]
    public void Updated_ShowsTheMeetingAsItNowIs()
    {
        var json = Json(MeetingCardSamples.Updated());
        Assert.Contains("Kokous päivitetty.", json);
        Assert.Contains("ti 8.12.2026 klo 9.00–10.00", json);
        Assert.Contains("- Verkostotapaamisen valmistelu", json);
    }

    [Fact]
    public void Digest_HeadingInFinnishInessive() =>
        Assert.Contains("Kokoukset joulukuussa 2026", Json(MeetingCardSamples.Digest()));

    [Fact]
    public void Reminder_ButtonsCarryTheCardsLanguage()
    {
        var card = MeetingCardSamples.ReminderIn(Core.Domain.Language.Swedish).ToJsonElement();
        var buttons = card.GetProperty("actions").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "Action.Execute").ToList();
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("sv", b.GetProperty("data").GetProperty("lang").GetString()));
    }

    [Fact]
    public void Reminder_Finnish_ButtonsSayFi()
    {
        var attend = MeetingCardSamples.Reminder().ToJsonElement().GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal("fi", attend.GetProperty("data").GetProperty("lang").GetString());
    }

    [Fact]
    public void Reminder_Swedish_HeadingButtonsAndLinksInSwedish()
    {
        var json = Json(MeetingCardSamples.ReminderIn(Core.Domain.Language.Swedish));
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
        var json = Json(MeetingCardSamples.ReminderIn(Core.Domain.Language.English));
        Assert.Contains("Reminder: presidium meeting Tue 8 Dec 2026 at 9:00", json);
        Assert.Contains("title:I'll attend", json);
        Assert.Contains("title:I can't attend", json);
    }

    [Fact]
    public void Reminder_SwedishDeclinedWithDeputyInvited_SaysSoInSwedish() =>
        Assert.Contains("Tack för beskedet. Din ersättare Tarja Hosiasluoma har bjudits in.", Json(MeetingCardSamples.ReminderAnsweredIn(Core.Domain.Language.Swedish)));

    [Fact]
    public void Reminder_EnglishDeclinedWithDeputyInvited_SaysSoInEnglish() =>
        Assert.Contains("Thanks. Your deputy Tarja Hosiasluoma has been invited.", Json(MeetingCardSamples.ReminderAnsweredIn(Core.Domain.Language.English)));

    [Fact]
    public void DeputyInvitation_Swedish_AsksTheDeputyInSwedish()
    {
        var json = Json(MeetingCardSamples.Render(new DeputyInvitationCardRenderer(MeetingCardSamples.Parts),
            new Core.Reminders.Notices.DeputyInvitationNotice(Core.Domain.Language.Swedish, MeetingCardSamples.PresidiumIn(Core.Domain.Language.Swedish), 42, "Juha Herrala")));
        Assert.Contains("Inbjudan som ersättare: presidiemöte tis 8.12.2026 kl. 9.00", json);
        Assert.Contains("Juha Herrala kan inte delta. Kan du komma?", json);
    }

    [Fact]
    public void Moved_Swedish_NewAndEarlierTimeInSwedish()
    {
        var swedish = MeetingCardSamples.PresidiumIn(Core.Domain.Language.Swedish);
        var json = Json(MeetingCardSamples.Render(new MeetingMovedCardRenderer(MeetingCardSamples.Parts),
            new Core.Reminders.Notices.MeetingMovedNotice(Core.Domain.Language.Swedish, swedish, swedish.StartsAt.AddDays(-2))));
        Assert.Contains("Ny tid: presidiemöte tis 8.12.2026 kl. 9.00", json);
        Assert.Contains("Den tidigare tiden var sön 6.12.2026 kl. 9.00.", json);
    }

    [Fact]
    public void Cancelled_English_SaysTheMeetingWillNotBeHeld()
    {
        var json = Json(MeetingCardSamples.Render(new MeetingCancelledCardRenderer(),
            new Core.Reminders.Notices.MeetingCancelledNotice(Core.Domain.Language.English, MeetingCardSamples.PresidiumIn(Core.Domain.Language.English))));
        Assert.Contains("Cancelled: presidium meeting Tue 8 Dec 2026 at 9:00", json);
        Assert.Contains("The meeting will not be held. You can remove it from your calendar.", json);
    }
}
