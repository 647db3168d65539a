using Verkostot.Testing.Questions;
using Xunit.Abstractions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>
/// The held-out sets, answered from the demo data; the misses are printed, so that a miss is read, not guessed.
/// Round 5 (140 questions written blind from the source pages and the issue only, committed before asking the bot) is the
/// one held out: the issue's target is 98 % right; the bench prints its figure. Rounds 1 to 4 were tuned on after they
/// were measured, so they are regression sets now and must not fall back.
/// </summary>
public sealed class HeldOutQuestionsTests(DemoCatalogFixture demo, ITestOutputHelper output) : IClassFixture<DemoCatalogFixture>
{
    /// <summary>Round 5 stood at 139/140 (99.3 %) when first measured, before any change: its floor, rounded down.</summary>
    private const double LatestFloor = 0.99;

    /// <summary>Round 4 stood at 166/193 first and 190/193 after general fixes: the issue's 98 %, held from now on.</summary>
    private const double FourthRoundFloor = 0.98;

    /// <summary>Round 3 stood at 179/185 when round 4 was written, 184/185 after round 4's fixes.</summary>
    private const double ThirdRoundFloor = 0.99;

    [Fact]
    public void Answer_HeldOutSet_NotBelowTheLastMeasuredShare() => AssertShareRight(HeldOutSet.Latest, LatestFloor);

    [Fact]
    public void Answer_FourthRoundSet_NotBelowTheLastMeasuredShare() => AssertShareRight(HeldOutSet.FourthRound, FourthRoundFloor);

    [Fact]
    public void Answer_ThirdRoundSet_NotBelowTheLastMeasuredShare() => AssertShareRight(HeldOutSet.ThirdRound, ThirdRoundFloor);

    [Fact]
    public void Answer_SecondRoundSet_AtLeast98PercentRight() => AssertShareRight(HeldOutSet.SecondRound, 0.98);

    [Fact]
    public void Answer_FirstRoundSet_AtLeast98PercentRight() => AssertShareRight(HeldOutSet.FirstRound, 0.98);

    [Theory]
    [InlineData(HeldOutSet.Latest)]
    [InlineData(HeldOutSet.FourthRound)]
    [InlineData(HeldOutSet.ThirdRound)]
    [InlineData(HeldOutSet.SecondRound)]
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
