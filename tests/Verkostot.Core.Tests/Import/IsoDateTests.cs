using System.Globalization;
using System.Text;
using Verkostot.Core.Import;

namespace Verkostot.Core.Tests.Import;

/// <summary>
/// The data file's plain dates and times read without the framework's parsing: each accepted text has the value the
/// framework gives it, and what the framework might read differently is left to it.
/// </summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2026-12-08")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void TryDay_PlainDay_TheFrameworksValue(string text)
    {
        Assert.True(IsoDate.TryDay(text, out var date));
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
        Assert.True(IsoDate.TryDay(Encoding.ASCII.GetBytes(text), out var fromBytes));
        Assert.Equal(date, fromBytes);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("2026-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("2026/12/08")]
    [InlineData("2026-1-08 ")]
    [InlineData("+026-12-08")]
    [InlineData("２０２６-12-08")]
    [InlineData("2026-12-8")]
    [InlineData("2026-12-08T09:00")]
    public void TryDay_AnythingElse_False(string text) => Assert.False(IsoDate.TryDay(text, out _));

    [Fact]
    public void TryDay_NonAsciiBytes_False() => Assert.False(IsoDate.TryDay("2026-12-0\u00e9"u8, out _));

    [Theory]
    [InlineData("2026-12", 2026, 12)]
    [InlineData("0001-01", 1, 1)]
    public void TryMonth_PlainMonth_ItsFirstDay(string text, int year, int month)
    {
        Assert.True(IsoDate.TryMonth(text, out var date));
        Assert.Equal(new DateOnly(year, month, 1), date);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("2026-12-08")]
    [InlineData("0000-12")]
    public void TryMonth_AnythingElse_False(string text) => Assert.False(IsoDate.TryMonth(text, out _));

    [Theory]
    [InlineData("2026", true)]
    [InlineData("0000", false)]
    [InlineData("226", false)]
    [InlineData("20261", false)]
    [InlineData("-226", false)]
    public void TryYear_OnlyFourDigitsOfAYear(string text, bool accepted)
    {
        Assert.Equal(accepted, IsoDate.TryYear(text, out var date));
        if (accepted) Assert.Equal(new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 1, 1), date);
    }

    [Theory]
    [InlineData("2026-12-08T09:00", "yyyy-MM-dd'T'HH:mm")]
    [InlineData("2026-12-08T23:59:59", "yyyy-MM-dd'T'HH:mm:ss")]
    [InlineData("2026-03-29T03:30", "yyyy-MM-dd'T'HH:mm")]
    public void TryLocalTime_PlainLocalTime_TheFrameworksValueOfNoKind(string text, string format)
    {
        Assert.True(IsoDate.TryLocalTime(text, out var time));
        var expected = DateTime.ParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None);
        Assert.Equal(expected, time);
        Assert.Equal(expected.Kind, time.Kind);
    }

    [Theory]
    [InlineData("2026-12-08T24:00")]
    [InlineData("2026-12-08T09:60")]
    [InlineData("2026-12-08T09:00:60")]
    [InlineData("2026-12-08 09:00")]
    [InlineData("2026-12-08T09:00+02:00")]
    [InlineData("2026-12-08T09:00Z")]
    [InlineData("2026-12-08T9:00")]
    [InlineData("2026-02-30T09:00")]
    public void TryLocalTime_AnythingElse_False(string text) => Assert.False(IsoDate.TryLocalTime(text, out _));
}
