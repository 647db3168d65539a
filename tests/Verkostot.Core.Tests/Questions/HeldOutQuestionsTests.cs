using Verkostot.Testing.Questions;
using Xunit.Abstractions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>
/// The held-out sets, answered from the demo data; the misses are printed, so that a miss is read, not guessed.
/// Round 2 (158 questions written from the source pages only, before asking the bot) is the one held out: the issue's
/// target is 98 % right; the bench prints its figure. Round 1 was tuned on after it was measured (95.4 % at first,
/// 97.4 % after fixes), so it is a regression set now and must not fall back.
/// </summary>
public sealed class HeldOutQuestionsTests(DemoCatalogFixture demo, ITestOutputHelper output) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public void Answer_HeldOutSet_AtLeast98PercentRight() => AssertShareRight(HeldOutSet.Latest, 0.98);

    [Fact]
    public void Answer_FirstRoundSet_AtLeast97PercentRight() => AssertShareRight(HeldOutSet.FirstRound, 0.97);

    [Theory]
    [InlineData(HeldOutSet.Latest)]
    [InlineData(HeldOutSet.FirstRound)]
    public void Load_HeldOutSet_HasTheSizeAndLanguagesTheIssueAsks(string name)
    {
        var cases = HeldOutSet.Load(name).Cases;

        Assert.True(cases.Count >= 100, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.Lang == "sv") >= 10 && cases.Count(c => c.Lang == "en") >= 10);
        Assert.True(cases.Count(c => c.Lang is null) > cases.Count / 2, "mostly Finnish");
    }

    private void AssertShareRight(string name, double target)
    {
        var set = HeldOutSet.Load(name);

        var misses = set.Misses(demo.Answerer, demo.Catalog);

        var share = 1.0 - (double)misses.Count / set.Cases.Count;
        output.WriteLine($"{name}: {set.Cases.Count - misses.Count}/{set.Cases.Count} right ({share:P1})");
        misses.ToList().ForEach(output.WriteLine);
        Assert.True(share >= target, $"{share:P1} right of {set.Cases.Count}; misses:\n{string.Join("\n", misses)}");
    }
}
