using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Answering;
using Verkostot.Core.DemoData;
using Verkostot.Testing.Catalog;

namespace Verkostot.Core.Tests.Questions;

public sealed class QuestionAnswererTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public void Answer_NotFound_SuggestionsThatAllWork()
    {
        var notFound = demo.Answerer.Answer(new Question("paljonko kello on"));

        Assert.Equal(AnswerKind.NotFound, notFound.Kind);
        Assert.Equal(3, notFound.Suggestions.Count);
        foreach (var suggestion in notFound.Suggestions)
        {
            Assert.Equal(AnswerKind.Found, demo.Answerer.Answer(new Question(suggestion)).Kind);
        }
    }

    [Fact]
    public void Answer_NotFoundAfterTheLastMeeting_NoNextMeetingSuggestion()
    {
        // The examples are kept per snapshot: the same snapshot must still drop the meeting once none is to come.
        var lastStart = demo.Catalog.Meetings.Where(m => !m.IsCancelled).Max(m => m.StartsAt);
        var before = demo.Answerer.Answer(new Question("paljonko kello on"));
        var after = new QuestionAnswerer(demo.Catalog, new Verkostot.Testing.Time.ManualClock(lastStart.AddMinutes(1)))
            .Answer(new Question("paljonko kello on"));

        Assert.Contains("Milloin on seuraava kokous?", before.Suggestions);
        Assert.DoesNotContain("Milloin on seuraava kokous?", after.Suggestions);
        Assert.Contains("Mitä verkostoja on?", after.Suggestions);
    }

    [Theory]
    [InlineData("sv-FI")]
    [InlineData("en-GB")]
    public void Answer_NotFoundInOtherLanguage_SuggestionsThatAllWork(string locale)
    {
        var notFound = demo.Answerer.Answer(new Question("xyzzy", locale));

        Assert.All(notFound.Suggestions, s => Assert.Equal(AnswerKind.Found, demo.Answerer.Answer(new Question(s, locale)).Kind));
    }

    [Theory]
    [InlineData("apua", "fi-FI")]
    [InlineData("hjälp", "sv-FI")]
    [InlineData("help", "en-GB")]
    public void Answer_Help_ExamplesThatAllWork(string question, string locale)
    {
        var help = demo.Answerer.Answer(new Question(question, locale));

        Assert.NotEmpty(help.Items);
        Assert.All(help.Items, item => Assert.Equal(
            AnswerKind.Found,
            demo.Answerer.Answer(new Question(item, locale, "pienet-kunnat", AskerPersonId: "juha-herrala")).Kind));
    }

    [Fact]
    public void Answer_HelpAskedByCoordinator_CommandsAsSuggestions()
    {
        var coordinator = new DemoIdentityOptions().CoordinatorAadObjectId;

        var help = demo.Answerer.Answer(new Question("apua", "fi-FI", AskerEntraObjectId: coordinator));

        Assert.Equal(ConversationAnswers.CoordinatorCommands, help.Suggestions);
        Assert.Equal("Verkostovastaavana voit myös:", help.SuggestionsLabel);
    }

    [Fact]
    public void Answer_HelpAskedByMember_NoCommands()
    {
        var member = demo.Catalog.PeopleById["juha-herrala"].EntraObjectId;

        var help = demo.Answerer.Answer(new Question("apua", "fi-FI", AskerEntraObjectId: member));

        Assert.Empty(help.Suggestions);
    }

    [Fact]
    public void Answer_HundredKilobytes_AnsweredQuickly()
    {
        var huge = "kuka on pienten kuntien puheenjohtaja " + new string('x', 100_000);
        var watch = Stopwatch.StartNew();

        var answer = demo.Answerer.Answer(new Question(huge));

        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal("juha-herrala", Assert.Single(answer.People).PersonId);
    }

    [Fact]
    public void Answer_MarkupInQuestion_NeverEchoed()
    {
        var answer = demo.Answerer.Answer(new Question("<script>alert(1)</script> kuka on puheenjohtaja"));

        Assert.DoesNotContain("<script>", AnswerPlainText.Render(answer));
        Assert.All(answer.Choices, c => Assert.DoesNotContain("<", c.Value));
    }

    [Fact]
    public void Answer_Person_ShownWithTitleAndMunicipality()
    {
        var answer = demo.Answerer.Answer(new Question("pienten kuntien puheenjohtaja"));

        Assert.Equal("Juha Herrala, kunnanjohtaja, Isojoki", Assert.Single(answer.People).Display);
    }

    [Fact]
    public void Answer_NextMeeting_CarriesIdAndHelsinkiTime()
    {
        var answer = demo.Answerer.Answer(new Question("seuraava verkostotapaaminen", NetworkId: "pienet-kunnat"));

        var meeting = Assert.Single(answer.Meetings);
        Assert.Equal("ti 8.12.2026 klo 9.00–11.00", meeting.When);
        Assert.Equal(demo.Catalog.MeetingsById[meeting.MeetingId].StartsAt, meeting.StartsAt);
    }

    [Fact]
    public void Answer_SwedishQuestion_SwedishAnswer()
    {
        var answer = demo.Answerer.Answer(new Question("vem är ordförande", "fi-FI", "pienet-kunnat"));

        Assert.Equal(Language.Swedish, answer.Language);
        Assert.Equal("Ordförande", Assert.Single(answer.People).Role);
    }

    [Fact]
    public void Answer_EmptyCatalog_HonestNotFound()
    {
        var answerer = new QuestionAnswerer(NetworkCatalog.Empty, demo.Time);

        var answer = answerer.Answer(new Question("kuka on puheenjohtaja"));

        Assert.NotEqual(AnswerKind.Found, answer.Kind);
        Assert.False(string.IsNullOrWhiteSpace(answer.Title));
    }

    [Fact]
    public async Task AddQuestions_WithCatalogSource_AnswersFromItsSnapshot()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<ICatalogSource>(new FixedCatalogSource(demo.Catalog)).AddQuestions();
        using var provider = services.BuildServiceProvider();

        var answer = await provider.GetRequiredService<QuestionAnswering>().AnswerAsync(new Question("pienten kuntien pj"), CancellationToken.None);

        Assert.Equal("juha-herrala", Assert.Single(answer.People).PersonId);
    }
}
