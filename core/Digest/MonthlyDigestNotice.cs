using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Digest;

/// <summary>The month's meetings of a network, posted to its channel on the first weekday of the month.</summary>
public sealed record MonthlyDigestNotice(Language Language, string NetworkName, int Year, int Month, IReadOnlyList<MeetingDetails> Meetings) : Notice(Language)
{
    /// <summary>"Kokoukset joulukuussa 2026".</summary>
    public string Heading => $"{Language.Pick("Kokoukset", "Möten", "Meetings")} {HelsinkiDateFormat.InMonth(Year, Month, Language)}";

    public override string PlainText =>
        $"{NetworkName}: {Heading}. " + string.Join("; ", Meetings.Select(m => $"{MeetingKindNames.Of(m.Kind, Language)} {HelsinkiDateFormat.Format(m.StartsAt, Language)}"));
}
