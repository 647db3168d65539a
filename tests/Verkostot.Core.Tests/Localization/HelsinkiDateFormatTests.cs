using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Tests.Localization;

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

    [Theory]
    [InlineData(Language.Finnish, "su 6.12.2026 klo 0.05")]
    [InlineData(Language.Swedish, "sön 6.12.2026 kl. 0.05")]
    [InlineData(Language.English, "Sun 6 Dec 2026 at 0:05")]
    public void Format_LateEveningUtc_NextDayInHelsinki(Language language, string expected)
    {
        Assert.Equal(expected, HelsinkiDateFormat.Format(new DateTimeOffset(2026, 12, 5, 22, 5, 0, TimeSpan.Zero), language));
    }

    [Theory]
    [InlineData(Language.Finnish, "ti 8.12.2026 klo 9.00–11.00")]
    [InlineData(Language.Swedish, "tis 8.12.2026 kl. 9.00–11.00")]
    [InlineData(Language.English, "Tue 8 Dec 2026 at 9:00–11:00")]
    public void FormatRange_SameDay_AddsEndTime(Language language, string expected)
    {
        Assert.Equal(expected, HelsinkiDateFormat.FormatRange(Winter, Winter.AddHours(2), language));
    }

    [Fact]
    public void FormatRange_EndsOnAnotherDay_StartOnly()
    {
        Assert.Equal("ti 8.12.2026 klo 9.00", HelsinkiDateFormat.FormatRange(Winter, Winter.AddDays(1), Language.Finnish));
    }

    [Fact]
    public void FormatRange_NoLength_StartOnly()
    {
        Assert.Equal("ti 8.12.2026 klo 9.00", HelsinkiDateFormat.FormatRange(Winter, Winter, Language.Finnish));
    }

    [Theory]
    [InlineData(Language.Finnish, "8.12.2026")]
    [InlineData(Language.Swedish, "8.12.2026")]
    [InlineData(Language.English, "8 Dec 2026")]
    public void FormatDate_Day_WrittenForTheLanguage(Language language, string expected)
    {
        Assert.Equal(expected, HelsinkiDateFormat.FormatDate(new DateOnly(2026, 12, 8), language));
    }

    [Fact]
    public void NumericDate_SingleDigitDayAndMonth_NoLeadingZeros()
    {
        Assert.Equal("1.3.2027", HelsinkiDateFormat.NumericDate(new DateOnly(2027, 3, 1)));
    }

    [Theory]
    [InlineData(Language.Finnish, 12, "joulukuussa 2026")]
    [InlineData(Language.Finnish, 1, "tammikuussa 2026")]
    [InlineData(Language.Swedish, 12, "i december 2026")]
    [InlineData(Language.English, 12, "in December 2026")]
    public void InMonth_Month_InflectedForTheLanguage(Language language, int month, string expected)
    {
        Assert.Equal(expected, HelsinkiDateFormat.InMonth(2026, month, language));
    }
}
