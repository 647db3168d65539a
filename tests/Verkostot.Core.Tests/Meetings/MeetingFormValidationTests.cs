using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Meetings;

public sealed class MeetingFormValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static MeetingFormInput Valid => new("pienet-kunnat", nameof(MeetingKind.PresidiumMeeting), "2026-12-08", "09:00", "Kuntatalo", null, "Ajankohtaiset\nMuut asiat");

    [Fact]
    public void Validate_CompleteForm_DraftInHelsinkiTime()
    {
        var result = MeetingFormValidation.Validate(Valid, Now);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), Assert.Single(result.Draft!.Starts));
        Assert.Equal(["Ajankohtaiset", "Muut asiat"], result.Draft.Agenda);
    }

    [Fact]
    public void Validate_FinnishDateFormat_Accepted() =>
        Assert.True(MeetingFormValidation.Validate(Valid with { Date = "8.12.2026", Time = "9.00" }, Now).IsValid);

    [Fact]
    public void Validate_BadDate_FinnishMessage() =>
        Assert.Contains("Päivämäärä ei kelpaa. Kirjoita se muodossa 8.12.2026.", MeetingFormValidation.Validate(Valid with { Date = "31.2.2026" }, Now).Errors);

    [Fact]
    public void Validate_PastDate_FinnishMessage() =>
        Assert.Equal(["Ajankohta on jo mennyt. Valitse tuleva päivä ja aika."], MeetingFormValidation.Validate(Valid with { Date = "2026-11-20" }, Now).Errors);

    [Fact]
    public void Validate_MissingFields_OneMessageEach()
    {
        var errors = MeetingFormValidation.Validate(new MeetingFormInput("pienet-kunnat", null, null, null, null, null, null), Now).Errors;
        Assert.Equal(["Valitse kokouksen laji.", "Anna päivämäärä.", "Anna kellonaika.", "Anna paikka tai Teams-linkki."], errors);
    }

    [Fact]
    public void Validate_TeamsLinkNotHttps_Refused() =>
        Assert.Contains("Teams-linkin pitää alkaa https://.", MeetingFormValidation.Validate(Valid with { Place = null, TeamsLink = "teams.microsoft.com/l/x" }, Now).Errors);

    [Fact]
    public void Validate_MonthlySeriesAcrossSpringForward_KeepsNineHelsinkiTime()
    {
        var result = MeetingFormValidation.Validate(Valid with { Date = "2027-02-09", Repeat = MeetingRepeat.Monthly, Count = "3" }, Now);
        var local = result.Draft!.Starts.Select(s => HelsinkiTime.ToLocal(s)).ToList();
        Assert.Equal([new DateTime(2027, 2, 9, 9, 0, 0), new DateTime(2027, 3, 9, 9, 0, 0), new DateTime(2027, 4, 13, 9, 0, 0)], local);
    }

    [Fact]
    public void Validate_RepeatCountOutOfRange_FinnishMessage() =>
        Assert.Contains("Toistokertoja voi olla 1–24.", MeetingFormValidation.Validate(Valid with { Repeat = MeetingRepeat.Weekly, Count = "50" }, Now).Errors);
}
