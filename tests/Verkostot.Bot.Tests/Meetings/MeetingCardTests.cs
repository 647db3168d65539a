using System.Text.Json;
using Verkostot.Bot.Meetings;

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
        Assert.Contains("http://localhost:3978/meetings/12/calendar.ics?exp=", json);
        Assert.Contains("Liity Teamsissa", json);
    }

    [Fact]
    public void DeputyInvitation_NamesTheMember() =>
        Assert.Contains("Juha Herrala ei pääse kokoukseen. Pääsetkö sinä?", Json(MeetingCardSamples.DeputyInvitation()));

    [Fact]
    public void AddForm_WithError_ShowsFinnishMessage() =>
        Assert.Contains("Ajankohta on jo mennyt. Valitse tuleva päivä ja aika.", Json(MeetingCardSamples.AddForm()));

    [Fact]
    public void Digest_HeadingInFinnishInessive() =>
        Assert.Contains("Kokoukset joulukuussa 2026", Json(MeetingCardSamples.Digest()));
}
