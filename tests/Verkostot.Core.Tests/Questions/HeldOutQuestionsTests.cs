using Verkostot.Testing.Questions;
using Xunit.Abstractions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>
/// The held-out set (questions written from the source pages only, never tuned on), answered from the demo data. The
/// issue's target is 98 % right; the set of 3.12.2026 measured 95.4 % at first and 97.4 % after three real misses were
/// fixed (Swedish compound network names, "minkä kokoisille kunnille"). This keeps it from falling back; the bench
/// prints the figure against the 98 % target. The misses are printed, so that a miss is read, not guessed.
/// </summary>
public sealed class HeldOutQuestionsTests(DemoCatalogFixture demo, ITestOutputHelper output) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public void Answer_HeldOutSet_AtLeast97PercentRight()
    {
        var set = HeldOutSet.Load();

        var misses = set.Misses(demo.Answerer, demo.Catalog);

        var share = 1.0 - (double)misses.Count / set.Cases.Count;
        output.WriteLine($"{set.Cases.Count - misses.Count}/{set.Cases.Count} right ({share:P1})");
        misses.ToList().ForEach(output.WriteLine);
        Assert.True(share >= 0.97, $"{share:P1} right of {set.Cases.Count}; misses:\n{string.Join("\n", misses)}");
    }

    [Fact]
    public void Load_HeldOutSet_HasTheSizeAndLanguagesTheIssueAsks()
    {
        var cases = HeldOutSet.Load().Cases;

        Assert.True(cases.Count >= 100, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.Lang == "sv") >= 10 && cases.Count(c => c.Lang == "en") >= 10);
        Assert.True(cases.Count(c => c.Lang is null) > cases.Count / 2, "mostly Finnish");
    }
}
