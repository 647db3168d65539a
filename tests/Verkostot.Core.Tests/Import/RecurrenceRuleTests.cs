using Verkostot.Core.Import;

namespace Verkostot.Core.Tests.Import;

public sealed class RecurrenceRuleTests
{
    [Fact]
    public void Occurrences_LastFridayMonthly_PicksLastFriday()
    {
        Assert.True(RecurrenceRule.TryParse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2", out var rule, out _));
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 25)], rule!.Occurrences(new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void Occurrences_WeeklyEveryOtherWeekUntil_StopsAtUntil()
    {
        Assert.True(RecurrenceRule.TryParse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261231", out var rule, out _));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 29)], rule!.Occurrences(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void TryParse_UnsupportedPart_ExplainsWhy()
    {
        Assert.False(RecurrenceRule.TryParse("FREQ=DAILY;COUNT=3", out _, out var error));
        Assert.Contains("FREQ=DAILY", error);
    }
}
