using Verkostot.Bot.Administration.Pages.Network.ChangeLog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Tests.Administration;

public sealed class ChangeSummaryTextTests
{
    [Theory]
    [InlineData(Language.Finnish, "paikka, alkaa, Teams-linkki")]
    [InlineData(Language.Swedish, "plats, börjar, Teams-länk")]
    [InlineData(Language.English, "place, start, Teams link")]
    public void Localize_MeetingFields_InThePagesLanguage(Language language, string expected) =>
        Assert.Equal(expected, ChangeSummaryText.Localize("place, start, teamsLink", ChangedKind.Meeting, language));

    [Fact]
    public void Localize_TitleOfAPerson_IsTheirJobTitle() =>
        Assert.Equal("tehtävänimike", ChangeSummaryText.Localize("title", ChangedKind.Person, Language.Finnish));

    [Fact]
    public void Localize_TitleOfAMeeting_IsItsHeading() =>
        Assert.Equal("otsikko", ChangeSummaryText.Localize("title", ChangedKind.Meeting, Language.Finnish));

    [Fact]
    public void Localize_MergeWithTheFieldsTaken_NamesTheDuplicateAndTheFields() =>
        Assert.Equal("henkilöstä p-12; sähköposti, puhelinnumerot",
            ChangeSummaryText.Localize("merged p-12; email, phones", ChangedKind.Person, Language.Finnish));

    [Fact]
    public void Localize_RemovedByAMerge_NamesThePersonKept() =>
        Assert.Equal("sammanslagen med p-3", ChangeSummaryText.Localize("merged into p-3", ChangedKind.Person, Language.Swedish));

    [Fact]
    public void Localize_FieldNotKnown_ShownAsItIs() =>
        Assert.Equal("nimi, someNewField", ChangeSummaryText.Localize("name, someNewField", ChangedKind.Network, Language.Finnish));
}
