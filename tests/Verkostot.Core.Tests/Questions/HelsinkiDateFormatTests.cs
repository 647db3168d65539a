using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Tests.Questions;

public sealed class HelsinkiDateFormatTests
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 8, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Language.Finnish, "ti 8.12.2026 klo 9.00")]
    [InlineData(Language.Swedish, "tis 8.12.2026 kl. 9.00")]
    [InlineData(Language.English, "Tue 8 Dec 2026 at 9:00")]
    public void Format_WinterTime_HelsinkiWallClock(Language language, string expected)
    {
        Assert.Equal(expected, HelsinkiDateFormat.Format(Winter, language));
    }

    [Fact]
    public void Format_SummerTime_ThreeHoursAhead()
    {
        Assert.Equal("ti 2.6.2026 klo 12.30", HelsinkiDateFormat.Format(new DateTimeOffset(2026, 6, 2, 9, 30, 0, TimeSpan.Zero), Language.Finnish));
    }

    [Fact]
    public void FormatRange_SameDay_AddsEndTime()
    {
        Assert.Equal("ti 8.12.2026 klo 9.00–11.00", HelsinkiDateFormat.FormatRange(Winter, Winter.AddHours(2), Language.Finnish));
    }
}
