using System.Text.RegularExpressions;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>Reads time expressions such as "maaliskuussa", "ensi viikolla", "huomenna", "8.12." or "nästa vecka" relative to today.</summary>
public static partial class PeriodParser
{
    private static readonly (WordPatterns Words, int Month)[] Months =
    [
        (new("tammik*", "januari", "january", "jan"), 1),
        (new("helmik*", "februari", "february", "feb"), 2),
        (new("maalisk*", "mars", "march"), 3),
        (new("huhtik*", "april", "apr"), 4),
        (new("toukok*", "maj", "in may"), 5),
        (new("kesäk*", "juni", "june"), 6),
        (new("heinäk*", "juli", "july"), 7),
        (new("elok*", "augusti", "august", "aug"), 8),
        (new("syysk*", "september", "sept", "sep"), 9),
        (new("lokak*", "oktober", "october", "oct", "okt"), 10),
        (new("marrask*", "november", "nov"), 11),
        (new("jouluk*", "december", "dec"), 12),
    ];

    private static readonly WordPatterns Today = new("tänään", "idag", "today", "i dag");
    private static readonly WordPatterns Tomorrow = new("huomenna", "huomiseen", "huominen", "huomisen", "imorgon", "i morgon", "tomorrow");
    private static readonly WordPatterns DayAfterTomorrow = new("ylihuomenna", "övermorgon", "i övermorgon", "day after tomorrow");
    private static readonly WordPatterns ThisWeek = new(
        "tällä viikolla", "tämän viikon", "tätä viikkoa", "tällä viikkoa", "kuluvalla viikolla", "denna vecka", "den här veckan", "i veckan", "this week");
    private static readonly WordPatterns NextWeek = new(
        "ensi viikolla", "ensi viikon", "ensi viikko", "seuraavalla viikolla", "seuraavan viikon", "nästa vecka", "next week");
    private static readonly WordPatterns ThisMonth = new(
        "tässä kuussa", "tämän kuun", "tämän kuukauden", "tässä kuukaudessa", "kuluvassa kuussa", "denna månad", "den här månaden", "this month");
    private static readonly WordPatterns NextMonth = new(
        "ensi kuussa", "ensi kuun", "ensi kuukaudessa", "ensi kuukauden", "seuraavassa kuussa", "seuraavan kuun", "nästa månad", "next month");

    public static Period? Parse(NormalizedText text, DateOnly today)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var date = ParseDate(text.Lowered, today);
        if (date is not null)
        {
            return new Period(date.Value, date.Value, PeriodKind.Day);
        }

        if (DayAfterTomorrow.In(text))
        {
            return Day(today.AddDays(2));
        }

        if (Tomorrow.In(text))
        {
            return Day(today.AddDays(1));
        }

        if (Today.In(text))
        {
            return Day(today);
        }

        if (NextWeek.In(text))
        {
            var monday = StartOfWeek(today).AddDays(7);
            return new Period(monday, monday.AddDays(6), PeriodKind.Week);
        }

        if (ThisWeek.In(text))
        {
            return new Period(today, StartOfWeek(today).AddDays(6), PeriodKind.Week);
        }

        if (NextMonth.In(text))
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
            return new Period(first, first.AddMonths(1).AddDays(-1), PeriodKind.Month);
        }

        if (ThisMonth.In(text))
        {
            return new Period(today, new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1), PeriodKind.Month);
        }

        return ParseMonth(text, today);
    }

    private static Period Day(DateOnly day) => new(day, day, PeriodKind.Day);

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static Period? ParseMonth(NormalizedText text, DateOnly today)
    {
        foreach (var (words, month) in Months)
        {
            if (!words.In(text))
            {
                continue;
            }

            // A month without a year is the next one of that name: in November, "maaliskuussa" means next March.
            var year = ExplicitYear(text) ?? (month < today.Month ? today.Year + 1 : today.Year);
            var first = new DateOnly(year, month, 1);
            return new Period(first, first.AddMonths(1).AddDays(-1), PeriodKind.Month);
        }

        return null;
    }

    /// <summary>A year the question names as a word of its own ("2024"), not inside a date.</summary>
    public static int? ExplicitYear(NormalizedText text)
    {
        foreach (var token in text.Tokens)
        {
            if (token.Length == 4 && int.TryParse(token, out var year) && year is >= 2000 and <= 2100)
            {
                return year;
            }
        }

        return null;
    }

    private static DateOnly? ParseDate(string lowered, DateOnly today)
    {
        foreach (Match match in DatePattern().Matches(lowered))
        {
            var day = int.Parse(match.Groups["d"].Value);
            var month = int.Parse(match.Groups["m"].Value);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(today.Year + 1, month))
            {
                continue;
            }

            if (match.Groups["y"].Success)
            {
                var year = int.Parse(match.Groups["y"].Value);
                if (year is >= 2000 and <= 2100 && day <= DateTime.DaysInMonth(year, month))
                {
                    return new DateOnly(year, month, day);
                }

                continue;
            }

            var thisYear = day <= DateTime.DaysInMonth(today.Year, month) ? new DateOnly(today.Year, month, day) : (DateOnly?)null;
            return thisYear is { } date && date >= today ? date : new DateOnly(today.Year + 1, month, day);
        }

        return null;
    }

    // "8.12.", "8.12.2026" and "8.12"; a time like "9.00" is not a date because month 0 does not exist.
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})(?:\.(?<y>\d{4}))?\.?(?![\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DatePattern();
}
