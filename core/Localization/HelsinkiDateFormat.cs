using System.Globalization;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Localization;

/// <summary>
/// Dates and times the way each audience writes them, instants in Helsinki time: "ti 8.12.2026 klo 9.00",
/// "tis 8.12.2026 kl. 9.00", "Tue 8 Dec 2026 at 9:00". The one place for such formatting.
/// </summary>
public static class HelsinkiDateFormat
{
    private static readonly string[] FinnishDays = ["su", "ma", "ti", "ke", "to", "pe", "la"];
    private static readonly string[] SwedishDays = ["sön", "mån", "tis", "ons", "tor", "fre", "lör"];

    private static readonly string[] FinnishMonthsInessive =
        ["tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa", "kesäkuussa",
         "heinäkuussa", "elokuussa", "syyskuussa", "lokakuussa", "marraskuussa", "joulukuussa"];

    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTimeOffset instant, Language language)
    {
        var local = HelsinkiTime.ToLocal(instant);
        return language switch
        {
            Language.Swedish => $"{SwedishDays[(int)local.DayOfWeek]} {NumericDate(local)} kl. {Time(local)}",
            Language.English => $"{local.ToString("ddd d MMM yyyy", English)} at {local.ToString("H:mm", English)}",
            _ => $"{FinnishDays[(int)local.DayOfWeek]} {NumericDate(local)} klo {Time(local)}",
        };
    }

    /// <summary>"ti 8.12.2026 klo 9.00–11.00"; the end time is left out when it is missing or on another day.</summary>
    public static string FormatRange(DateTimeOffset start, DateTimeOffset end, Language language)
    {
        var text = Format(start, language);
        var localStart = HelsinkiTime.ToLocal(start);
        var localEnd = HelsinkiTime.ToLocal(end);
        if (end <= start || localEnd.Date != localStart.Date)
        {
            return text;
        }

        var endText = language == Language.English ? localEnd.ToString("H:mm", English) : Time(localEnd);
        return $"{text}–{endText}";
    }

    /// <summary>"8.12.2026" in Finnish and Swedish, "8 Dec 2026" in English.</summary>
    public static string FormatDate(DateOnly date, Language language) => language == Language.English
        ? date.ToString("d MMM yyyy", English)
        : NumericDate(date);

    /// <summary>"8.12.2026", the way Finnish and Swedish both write a day.</summary>
    public static string NumericDate(DateOnly date) => $"{date.Day}.{date.Month}.{date.Year}";

    /// <summary>"joulukuussa 2026", "i december 2026", "in December 2026".</summary>
    public static string InMonth(int year, int month, Language language) => language.Pick(
        $"{FinnishMonthsInessive[month - 1]} {year}",
        $"i {SwedishMonths[month - 1]} {year}",
        $"in {English.DateTimeFormat.GetMonthName(month)} {year}");

    private static string NumericDate(DateTime local) => NumericDate(DateOnly.FromDateTime(local));

    private static string Time(DateTime local) => $"{local.Hour}.{local.Minute:00}";
}
