using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Meetings.Digest;

/// <summary>The month's meetings of a network, posted to its channel on the first weekday of the month.</summary>
public sealed record MonthlyDigestNotice(Language Language, string NetworkName, int Year, int Month, IReadOnlyList<MeetingDetails> Meetings) : Notice(Language)
{
    private static readonly string[] FinnishInessive =
        ["tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa", "kesäkuussa",
         "heinäkuussa", "elokuussa", "syyskuussa", "lokakuussa", "marraskuussa", "joulukuussa"];

    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>"Kokoukset joulukuussa 2026".</summary>
    public string Heading => Language.Pick(
        $"Kokoukset {FinnishInessive[Month - 1]} {Year}",
        $"Möten i {SwedishMonths[Month - 1]} {Year}",
        $"Meetings in {new DateTime(Year, Month, 1).ToString("MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} {Year}");

    public override string PlainText =>
        $"{NetworkName}: {Heading}. " + string.Join("; ", Meetings.Select(m => $"{MeetingKindNames.Of(m.Kind, Language)} {HelsinkiDateFormat.Format(m.StartsAt, Language)}"));
}
