using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Meetings;

public sealed class MeetingCardTests
{
    [Fact]
    public void AddForm_WithError_ShowsFinnishMessage() =>
        Assert.Contains("Ajankohta on jo mennyt. Valitse tuleva päivä ja aika.", CardJson.Strings(MeetingCardSamples.AddForm()));

    [Fact]
    public void EditList_EachMeetingHasItsOwnEditButton()
    {
        var card = MeetingCardSamples.EditList().ToJsonElement().GetRawText();
        var json = CardJson.Strings(MeetingCardSamples.EditList());
        Assert.Contains("Puheenjohtajiston kokous ti 8.12.2026 klo 9.00", json);
        Assert.Contains("Puheenjohtajiston kokous ti 5.1.2027 klo 9.00", json);
        Assert.Contains("\"meetingId\":\"12\"", card);
        Assert.Contains("\"meetingId\":\"13\"", card);
    }

    [Fact]
    public void EditForm_FilledWithTheMeetingsValues()
    {
        var json = CardJson.Strings(MeetingCardSamples.EditForm());
        Assert.Contains("value:2026-12-08", json);
        Assert.Contains("value:09:00", json);
        Assert.Contains("value:Kuntatalo, Helsinki", json);
        Assert.Contains("value:https://teams.microsoft.com/l/meetup-join/sample", json);
        Assert.Contains("value:Verkostotapaamisen valmistelu\nMuut asiat", json);
    }

    [Fact]
    public void EditForm_WithError_ShowsFinnishMessageAndWhatWasSent()
    {
        var json = CardJson.Strings(MeetingCardSamples.EditFormWithError());
        Assert.Contains("Teams-linkin pitää alkaa https://.", json);
        Assert.Contains("value:http://teams.example/x", json);
    }

    [Fact]
    public void Updated_ShowsTheMeetingAsItNowIs()
    {
        var json = CardJson.Strings(MeetingCardSamples.Updated());
        Assert.Contains("Kokous päivitetty.", json);
        Assert.Contains("ti 8.12.2026 klo 9.00–10.00", json);
        Assert.Contains("- Verkostotapaamisen valmistelu", json);
    }
}
