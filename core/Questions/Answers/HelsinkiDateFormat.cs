using System.Globalization;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answers;

/// <summary>Meeting times the way each audience writes them: "ti 8.12.2026 klo 9.00", "tis 8.12.2026 kl. 9.00", "Tue 8 Dec 2026 at 9:00".</summary>
public static class HelsinkiDateFormat
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
    private static readonly string[] FinnishDays = ["su", "ma", "ti", "ke", "to", "pe", "la"];
    private static readonly string[] SwedishDays = ["sön", "mån", "tis", "ons", "tor", "fre", "lör"];
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static string Format(DateTimeOffset instant, Language language)
    {
        var local = ToLocal(instant);
        return language switch
        {
            Language.Swedish => $"{SwedishDays[(int)local.DayOfWeek]} {Date(local)} kl. {Time(local)}",
            Language.English => $"{local.ToString("ddd d MMM yyyy", English)} at {local.ToString("H:mm", English)}",
            _ => $"{FinnishDays[(int)local.DayOfWeek]} {Date(local)} klo {Time(local)}",
        };
    }

    /// <summary>"ti 8.12.2026 klo 9.00–11.00"; the end time is left out when it is missing or on another day.</summary>
    public static string FormatRange(DateTimeOffset start, DateTimeOffset end, Language language)
    {
        var text = Format(start, language);
        var localStart = ToLocal(start);
        var localEnd = ToLocal(end);
        if (end <= start || localEnd.Date != localStart.Date)
        {
            return text;
        }

        var endText = language == Language.English ? localEnd.ToString("H:mm", English) : Time(localEnd);
        return $"{text}–{endText}";
    }

    public static string FormatDate(DateOnly date, Language language) => language == Language.English
        ? date.ToString("d MMM yyyy", English)
        : $"{date.Day}.{date.Month}.{date.Year}";

    private static string Date(DateTime local) => $"{local.Day}.{local.Month}.{local.Year}";

    private static string Time(DateTime local) => $"{local.Hour}.{local.Minute:00}";
}
