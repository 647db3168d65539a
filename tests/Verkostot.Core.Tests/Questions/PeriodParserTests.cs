using Verkostot.Core.Questions.Text;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Tests.Questions;

public sealed class PeriodParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("kokoukset maaliskuussa", "2027-03-01", "2027-03-31")]
    [InlineData("joulukuussa", "2026-12-01", "2026-12-31")]
    [InlineData("marraskuussa", "2026-11-01", "2026-11-30")]
    [InlineData("tammikuun kokoukset", "2027-01-01", "2027-01-31")]
    [InlineData("ensi viikolla", "2026-11-30", "2026-12-06")]
    [InlineData("tällä viikolla", "2026-11-23", "2026-11-29")]
    [InlineData("ensi kuussa", "2026-12-01", "2026-12-31")]
    [InlineData("tässä kuussa", "2026-11-23", "2026-11-30")]
    [InlineData("huomenna", "2026-11-24", "2026-11-24")]
    [InlineData("ylihuomenna", "2026-11-25", "2026-11-25")]
    [InlineData("tänään", "2026-11-23", "2026-11-23")]
    [InlineData("kokous 8.12.", "2026-12-08", "2026-12-08")]
    [InlineData("kokous 8.12", "2026-12-08", "2026-12-08")]
    [InlineData("8.12.2027", "2027-12-08", "2027-12-08")]
    [InlineData("kokous 3.2.", "2027-02-03", "2027-02-03")]
    [InlineData("nästa vecka", "2026-11-30", "2026-12-06")]
    [InlineData("möten i mars", "2027-03-01", "2027-03-31")]
    [InlineData("next month", "2026-12-01", "2026-12-31")]
    [InlineData("meetings this week", "2026-11-23", "2026-11-29")]
    [InlineData("maaliskuu 2028", "2028-03-01", "2028-03-31")]
    public void Parse_TimeExpression_DaysFromToday(string question, string from, string to)
    {
        var period = PeriodParser.Parse(TextNormalizer.Normalize(question), Today);

        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(from), period.From);
        Assert.Equal(DateOnly.Parse(to), period.To);
    }

    [Theory]
    [InlineData("kuka on puheenjohtaja")]
    [InlineData("kokous alkaa klo 9.00")]
    [InlineData("31.2.")]
    public void Parse_NoTimeExpression_Null(string question)
    {
        Assert.Null(PeriodParser.Parse(TextNormalizer.Normalize(question), Today));
    }
}
