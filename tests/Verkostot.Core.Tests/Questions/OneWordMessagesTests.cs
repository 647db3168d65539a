using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Understanding;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Questions;

/// <summary>A one-word message is understood once per names index and day: what is kept must never outlive either.</summary>
public sealed class OneWordMessagesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Understand_SameWordOnTheNextDay_PeriodOfTheNextDay()
    {
        var answerer = Answerer(DemoDataSet.Load(Clock()));

        var first = answerer.Understand(new Question("huomenna", "fi-FI"), Today);
        var next = answerer.Understand(new Question("huomenna", "fi-FI"), Today.AddDays(1));

        Assert.Equal(Today.AddDays(1), first.Period?.From);
        Assert.Equal(Today.AddDays(2), next.Period?.From);
    }

    [Fact]
    public void Understand_SameWordAfterThePersonLeft_NoLongerTheirName()
    {
        var content = DemoDataSet.Load(Clock());
        var before = Answerer(content).Understand(new Question("Herrala", "fi-FI"), Today);

        var without = content with { People = [.. content.People.Where(p => p.Id != "juha-herrala")] };
        var after = Answerer(without).Understand(new Question("Herrala", "fi-FI"), Today);

        Assert.Equal(QuestionIntent.PersonInfo, before.Intent);
        Assert.NotEqual(QuestionIntent.PersonInfo, after.Intent);
    }

    [Fact]
    public void Understand_SameWordInAnotherLocale_LanguageOfThatLocale()
    {
        var answerer = Answerer(DemoDataSet.Load(Clock()));

        var finnish = answerer.Understand(new Question("qwerty", "fi-FI"), Today);
        var english = answerer.Understand(new Question("qwerty", "en-US"), Today);

        Assert.Equal(Domain.Language.Finnish, finnish.Language);
        Assert.Equal(Domain.Language.English, english.Language);
    }

    private static ManualClock Clock() => new(DemoCatalogFixture.Monday23Nov2026);

    private static QuestionAnswerer Answerer(CatalogContent content) => new(NetworkCatalog.Create(content), Clock());
}
