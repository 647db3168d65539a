using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Hosting;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Roster;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Tests.Roster;

public sealed class RosterCardsTests
{
    public static RosterReport SampleReport { get; } = new(Language.Finnish, "Pienten kuntien verkosto", new RosterChanges(
        [new RosterPerson("Juha Herrala", false)],
        [new RosterPerson("Marjut Ahokas", false)],
        [new RosterPerson("Vieras Henkilö", true)]));

    public static RosterCredentialAlert SampleAlert { get; } = new(Language.Finnish, "Pienten kuntien verkosto", CredentialProblem.InvalidCredentials);

    [Fact]
    public void Render_RosterReport_NamesJoinedLeftAndUnmatchedWithGuestMark()
    {
        var json = Texts(new RosterReportCardRenderer().Render(SampleReport));

        Assert.Contains("Liittyneet (1)", json);
        Assert.Contains("Juha Herrala", json);
        Assert.Contains("Poistuneet (1)", json);
        Assert.Contains("Vieras Henkilö (vieras)", json);
    }

    [Fact]
    public void Render_ManyNames_ShowsHowManyMore()
    {
        var many = Enumerable.Range(1, 45).Select(n => new RosterPerson($"Henkilö {n}", false)).ToList();
        var card = new RosterReportCardRenderer().Render(SampleReport with { Changes = new RosterChanges(many, [], []) });

        Assert.Contains("… ja 5 muuta", Texts(card));
        Assert.Contains("Henkilö 45", card.FallbackText);
    }

    [Fact]
    public void Render_CredentialAlert_SaysWhatIsWrongAndWhatTheAdminMustDo()
    {
        var card = new RosterCredentialAlertCardRenderer().Render(SampleAlert);

        Assert.Contains("Sovelluksen tunnukset eivät kelpaa", card.FallbackText);
        Assert.Contains("Pyydä ylläpitäjää uusimaan sovelluksen salaisuus Entrassa ja päivittämään se botin asetuksiin.", Texts(card));
    }

    [Theory]
    [InlineData("synkronoi jäsenet", true)]
    [InlineData("Synkronoi  jäsenet!", true)]
    [InlineData("synkronoi jäsenet kokouksesta huomenna", false)]
    public void SyncMembersCommand_Matches_OnlyTheCommand(string text, bool expected) =>
        Assert.Equal(expected, new RouteTable(BotRoutes.All).FindCommand(text)?.Handler == typeof(SyncMembersCommand));

    [Theory]
    [InlineData("ketkä eivät ole Teamsissa?", true)]
    [InlineData("Ketkä jäsenet eivät ole Teamsissa", true)]
    [InlineData("kuka johtaa verkostoa?", false)]
    public void MissingFromTeamsCommand_Matches_TheQuestion(string text, bool expected) =>
        Assert.Equal(expected, new RouteTable(BotRoutes.All).FindCommand(text)?.Handler == typeof(MissingFromTeamsCommand));

    [Fact]
    public void MissingFromTeamsCommand_Describe_GivesLeftDateTheFinnishWay() =>
        Assert.Equal("Marjut Ahokas – poistui 3.11.2026",
            MissingFromTeamsCommand.Describe(new MissingMember("Marjut Ahokas", false, new DateOnly(2026, 11, 3), true)));

    private static string Texts(AdaptiveCard card) => string.Join("\n", card.Body!.OfType<TextBlock>().Select(t => t.Text));
}
