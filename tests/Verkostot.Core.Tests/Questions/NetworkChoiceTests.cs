using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Tests.Questions;

public sealed class NetworkChoiceTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public void Answer_NetworkNamedInQuestion_BeatsConversationNetwork()
    {
        var answer = demo.Answerer.Answer(new Question("suurten kaupunkien puheenjohtaja", NetworkId: "pienet-kunnat"));

        Assert.Equal("suuret-kaupungit", answer.NetworkId);
        Assert.Equal("minna-karhunen", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_ConversationBoundToNetwork_UsesIt()
    {
        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", NetworkId: "suuret-kaupungit", AskerPersonId: "juha-herrala"));

        Assert.Equal("minna-karhunen", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_AskedInTheTeamOfANetwork_UsesIt()
    {
        var network = demo.Catalog.NetworksById["pienet-kunnat"];

        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", TeamId: network.TeamId));

        Assert.Equal("pienet-kunnat", answer.NetworkId);
        Assert.Equal("juha-herrala", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_AskedInTheChannelOfANetwork_UsesIt()
    {
        var network = demo.Catalog.NetworksById["pienet-kunnat"];

        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", ChannelId: network.ChannelId));

        Assert.Equal("pienet-kunnat", answer.NetworkId);
    }

    [Fact]
    public void Answer_NetworkGivenAndAskedInAnotherNetworksTeam_GivenNetworkWins()
    {
        var team = demo.Catalog.NetworksById["pienet-kunnat"].TeamId;

        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", NetworkId: "suuret-kaupungit", TeamId: team));

        Assert.Equal("minna-karhunen", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_AskedInATeamNoNetworkIsBoundTo_AsksBackAsInAChat()
    {
        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", TeamId: "19:unbound@thread.tacv2", ChannelId: "19:unbound@thread.tacv2"));

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
    }

    [Fact]
    public void Answer_NoNetworkGiven_UsesAskersOwn()
    {
        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", AskerPersonId: "lauri-laajala"));

        Assert.Equal("juha-herrala", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_AskerKnownByEntraObjectId_UsesAskersOwn()
    {
        var entraId = demo.Catalog.PeopleById["tarja-hosiasluoma"].EntraObjectId!;

        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja", AskerEntraObjectId: entraId));

        Assert.Equal("pienet-kunnat", answer.NetworkId);
    }

    [Fact]
    public void Answer_NoWayToTell_AsksBackWithChoices()
    {
        var answer = demo.Answerer.Answer(new Question("kuka on puheenjohtaja"));

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Contains(answer.Choices, c => c.Label == "Pienten kuntien verkosto");
        Assert.Contains(answer.Choices, c => c.Label == "Suurten kaupunkien verkosto");
    }

    [Fact]
    public void Answer_ChoiceSentBack_Answers()
    {
        var clarify = demo.Answerer.Answer(new Question("kuka on puheenjohtaja"));

        foreach (var choice in clarify.Choices)
        {
            var answer = demo.Answerer.Answer(new Question(choice.Value));
            Assert.Equal(AnswerKind.Found, answer.Kind);
        }
    }

    [Fact]
    public void Answer_OnlyOneNetworkHasTheData_NoNeedToAsk()
    {
        var answer = demo.Answerer.Answer(new Question("kuka on verkostovastaava"));

        Assert.Equal("iira-ainiala", Assert.Single(answer.People).PersonId);
    }
}
