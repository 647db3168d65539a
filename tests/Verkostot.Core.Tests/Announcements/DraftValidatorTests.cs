using Verkostot.Core.Announcements;

namespace Verkostot.Core.Tests.Announcements;

public sealed class DraftValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly AnnouncementAuthor Author = AnnouncementAuthor.Find(AnnouncementCatalog.Create(), "aad-k", AnnouncementCatalog.Today)!;

    private static DraftInput Valid => new(AnnouncementCatalog.NetworkId, "Kokouskutsu", "Tervetuloa!", null, "channel", "now", null, null);

    private static IReadOnlyList<DraftError> Errors(DraftInput input) => DraftValidator.Validate(input, Author, Now).Errors;

    [Fact]
    public void Validate_CompleteForm_GivesDraftForNow()
    {
        var (draft, errors) = DraftValidator.Validate(Valid with { Link = "https://www.kuntaliitto.fi/a b" }, Author, Now);

        Assert.Empty(errors);
        Assert.Null(draft!.ScheduledFor);
        Assert.Equal("https://www.kuntaliitto.fi/a%20b", draft.LinkUrl);
    }

    [Fact]
    public void Validate_EmptyTitle_AsksForTitle()
    {
        Assert.Equal([new DraftError("title", "Kirjoita tiedotteelle otsikko.")], Errors(Valid with { Title = "  " }));
    }

    [Fact]
    public void Validate_TextTooLongForCard_SaysHowLong()
    {
        var error = Assert.Single(Errors(Valid with { Text = new string('a', 4001) }));

        Assert.Equal("Teksti on liian pitkä korttiin (4 001 merkkiä, enintään 4 000).", error.Message);
    }

    [Theory]
    [InlineData("http://example.fi")]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.kuntaliitto.fi")]
    [InlineData("https://user:pw@example.fi")]
    public void Validate_LinkNotHttps_IsRefused(string link)
    {
        Assert.Equal("link", Assert.Single(Errors(Valid with { Link = link })).Field);
    }

    [Fact]
    public void Validate_PastTime_IsRefused()
    {
        var error = Assert.Single(Errors(Valid with { When = "later", Date = "2026-12-01", Time = "11:00" })); // 9.00 UTC, an hour ago

        Assert.Equal(new DraftError("when", "Lähetysaika on jo mennyt. Valitse tuleva aika."), error);
    }

    [Fact]
    public void Validate_FutureHelsinkiTime_IsStoredInUtc()
    {
        var (draft, _) = DraftValidator.Validate(Valid with { When = "later", Date = "2026-12-08", Time = "09:00" }, Author, Now);

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), draft!.ScheduledFor);
    }

    [Fact]
    public void Validate_LaterWithoutDate_AsksForDateAndTime()
    {
        Assert.Equal("Anna lähetykselle päivä ja kellonaika.", Assert.Single(Errors(Valid with { When = "later" })).Message);
    }

    [Fact]
    public void Validate_NetworkTheyDoNotCoordinate_IsRefused()
    {
        Assert.Equal("network", Assert.Single(Errors(Valid with { NetworkId = "muu-verkosto" })).Field);
    }

    [Fact]
    public void Validate_ChannelAudienceWithoutChannel_SuggestsPresidium()
    {
        var author = AnnouncementAuthor.Find(AnnouncementCatalog.Create(channelId: null), "aad-k", AnnouncementCatalog.Today)!;

        var (_, errors) = DraftValidator.Validate(Valid, author, Now);

        Assert.Equal("audience", Assert.Single(errors).Field);
    }
}
