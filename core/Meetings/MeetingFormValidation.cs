using System.Globalization;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Meetings;

/// <summary>Checks the meeting form and says what is wrong in short Finnish, one message per field.</summary>
public static class MeetingFormValidation
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "H.mm", "HH.mm", "H"];

    public static MeetingFormResult Validate(MeetingFormInput input, DateTimeOffset now)
    {
        var errors = new List<string>();
        var kind = Enum.TryParse<MeetingKind>(input.Kind, out var k) && Enum.IsDefined(k) ? k : (MeetingKind?)null;
        if (kind is null) errors.Add("Valitse kokouksen laji.");
        if (string.IsNullOrWhiteSpace(input.NetworkId)) errors.Add("Valitse verkosto.");
        var date = ParseDate(input.Date, errors);
        var time = ParseTime(input.Time, errors);
        var place = Clean(input.Place);
        var link = Clean(input.TeamsLink);
        if (place is null && link is null) errors.Add("Anna paikka tai Teams-linkki.");
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add("Teams-linkin pitää alkaa https://.");
        }
        var count = ParseCount(input, errors);
        if (date is null || time is null || kind is null || errors.Count > 0) return new MeetingFormResult(null, errors);

        if (!HelsinkiTime.TryToUtc(date.Value.ToDateTime(time.Value), out var start))
        {
            return new MeetingFormResult(null, ["Kellonaikaa ei ole olemassa kesäaikaan siirryttäessä. Valitse toinen aika."]);
        }
        if (start <= now) return new MeetingFormResult(null, ["Ajankohta on jo mennyt. Valitse tuleva päivä ja aika."]);

        var starts = input.Repeat switch
        {
            MeetingRepeat.Weekly => MeetingSeries.Expand(date.Value, time.Value, MeetingSeries.Weekly(count)),
            MeetingRepeat.Monthly => MeetingSeries.Expand(date.Value, time.Value, MeetingSeries.MonthlyOnSameWeekday(date.Value, count)),
            _ => [start],
        };
        var agenda = (input.Agenda ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var duration = kind == MeetingKind.PresidiumMeeting ? TimeSpan.FromHours(1) : TimeSpan.FromHours(2);
        return new MeetingFormResult(new MeetingDraft(input.NetworkId!, kind.Value, starts, duration, place, link, agenda), []);
    }

    public static DateOnly? ParseDate(string? text, List<string> errors)
    {
        if (Clean(text) is not { } value)
        {
            errors.Add("Anna päivämäärä.");
            return null;
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add("Päivämäärä ei kelpaa. Kirjoita se muodossa 8.12.2026.");
        return null;
    }

    public static TimeOnly? ParseTime(string? text, List<string> errors)
    {
        if (Clean(text) is not { } value)
        {
            errors.Add("Anna kellonaika.");
            return null;
        }
        if (TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add("Kellonaika ei kelpaa. Kirjoita se muodossa 9.00.");
        return null;
    }

    private static int ParseCount(MeetingFormInput input, List<string> errors)
    {
        if (input.Repeat is not (MeetingRepeat.Weekly or MeetingRepeat.Monthly)) return 1;
        if (int.TryParse(Clean(input.Count), out var count) && count is >= 1 and <= MeetingSeries.MaxOccurrences) return count;
        errors.Add($"Toistokertoja voi olla 1–{MeetingSeries.MaxOccurrences}.");
        return 1;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
