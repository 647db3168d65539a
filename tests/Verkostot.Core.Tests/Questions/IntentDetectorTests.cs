using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Tests.Questions;

public sealed class IntentDetectorTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("kuka on puheenjohtaja", Role.Chair)]
    [InlineData("pj", Role.Chair)]
    [InlineData("kuka on 1. varapuheenjohtaja", Role.FirstViceChair)]
    [InlineData("kuka on verkostovastaava", Role.Coordinator)]
    [InlineData("yhteyshenkilö", Role.Coordinator)]
    [InlineData("kuntaliiton johdon yhteyshenkilö", Role.ManagementContact)]
    [InlineData("neuvottelukunnan sihteeri", Role.Secretary)]
    [InlineData("vem är ordförande", Role.Chair)]
    [InlineData("who is the secretary", Role.Secretary)]
    public void Detect_RoleWord_RoleHolder(string question, Role role)
    {
        var parsed = Parse(question);

        Assert.Equal(QuestionIntent.RoleHolder, parsed.Intent);
        Assert.Equal(role, parsed.Role);
    }

    [Theory]
    [InlineData("puheenjohtajiston jäsenet", QuestionIntent.BodyMembers)]
    [InlineData("puheenjohtajisto", QuestionIntent.BodyMembers)]
    [InlineData("kuka edustaa Itä-Suomea", QuestionIntent.Representation)]
    [InlineData("Lapinjärvi", QuestionIntent.Representation)]
    [InlineData("Herrala", QuestionIntent.PersonInfo)]
    [InlineData("mikä rooli Ahokkaalla on", QuestionIntent.PersonInfo)]
    [InlineData("milloin on seuraava kokous", QuestionIntent.NextMeeting)]
    [InlineData("kokoukset ensi viikolla", QuestionIntent.MeetingsInPeriod)]
    [InlineData("asialista", QuestionIntent.MeetingAgenda)]
    [InlineData("missä kokous pidetään", QuestionIntent.MeetingPlace)]
    [InlineData("teams-linkki", QuestionIntent.MeetingLink)]
    [InlineData("kuinka monta kuntaa", QuestionIntent.NetworkSize)]
    [InlineData("asukasluku", QuestionIntent.NetworkResidents)]
    [InlineData("milloin verkosto perustettiin", QuestionIntent.NetworkFounded)]
    [InlineData("kärkiteemat", QuestionIntent.NetworkThemes)]
    [InlineData("whatsapp", QuestionIntent.NetworkChannels)]
    [InlineData("kuinka usein verkosto kokoontuu", QuestionIntent.NetworkCadence)]
    [InlineData("toimikausi", QuestionIntent.TermLength)]
    [InlineData("mitä verkostoja on", QuestionIntent.NetworkList)]
    [InlineData("maaseutu- ja pienkuntapainopisteet", QuestionIntent.PriorityDocument)]
    [InlineData("moi", QuestionIntent.Greeting)]
    [InlineData("kiitos", QuestionIntent.Thanks)]
    [InlineData("apua", QuestionIntent.Help)]
    [InlineData("mitä osaat", QuestionIntent.Help)]
    [InlineData("paljonko kello on", QuestionIntent.Unknown)]
    public void Detect_Question_Intent(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, Parse(question).Intent);
    }

    [Fact]
    public void Detect_GreetingWithQuestion_AnswersTheQuestion()
    {
        Assert.Equal(QuestionIntent.RoleHolder, Parse("moi, kuka on puheenjohtaja").Intent);
    }

    [Fact]
    public void Detect_DeputyWord_AsksDeputy()
    {
        Assert.True(Parse("kuka on itä-suomen varajäsen").AsksDeputy);
    }

    [Theory]
    [InlineData("seuraava puheenjohtajiston kokous", MeetingKind.PresidiumMeeting)]
    [InlineData("seuraava verkostotapaaminen", MeetingKind.NetworkMeeting)]
    [InlineData("milloin on teemakokous", MeetingKind.ThematicMeeting)]
    public void Detect_MeetingKindWord_MeetingKind(string question, MeetingKind kind)
    {
        Assert.Equal(kind, Parse(question).MeetingKind);
    }

    [Fact]
    public void Detect_MisspeltKeyWord_Corrected()
    {
        Assert.Equal(QuestionIntent.NextMeeting, Parse("seuraava kokos").Intent);
    }

    private ParsedQuestion Parse(string text) => demo.Answerer.Understand(new Question(text, "fi-FI"), Today);
}
