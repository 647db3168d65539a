using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Localization;
using Verkostot.Core.Time;

namespace Verkostot.Core.DemoData;

/// <summary>
/// Demo meetings of the small municipalities network around today, following the seeds' rhythm: a network
/// meeting every month (second Tuesday, 9.00–11.00), each preceded a week earlier by a presidium meeting
/// (9.00–10.00), and one thematic meeting with the sector directors invited. Dates are invented; the rhythm is
/// seed 000.
/// </summary>
public static class DemoMeetingSchedule
{
    public const string NetworkId = "pienet-kunnat";
    public const string PresidiumId = "pienet-kunnat-puheenjohtajisto";

    private static readonly RecurrenceRule SecondTuesday =
        RecurrenceRule.TryParse("FREQ=MONTHLY;BYDAY=2TU;COUNT=12", out var rule, out _) ? rule! : throw new InvalidOperationException();

    private static readonly string[] Themes =
    [
        "hyvinvointi ja elinvoima",
        "toimintaympäristön muutokset ja isot uudistukset",
        "viestintä",
    ];

    /// <summary>Meetings from a month before <paramref name="today"/> to six months after, numbered from <paramref name="firstId"/>.</summary>
    public static List<Meeting> Create(DateOnly today, int firstId)
    {
        var from = today.AddMonths(-1);
        var until = today.AddMonths(6);
        var meetings = new List<Meeting>();
        var id = firstId;
        foreach (var day in SecondTuesday.Occurrences(new DateOnly(from.Year, from.Month, 1)).Where(d => d >= from && d <= until))
        {
            var theme = Themes[(day.Year * 12 + day.Month) % Themes.Length];
            meetings.Add(Presidium(id++, day.AddDays(-7), day));
            meetings.Add(NetworkMeeting(id++, day, theme));
        }
        meetings.Add(Thematic(id, ThirdThursday(today.AddMonths(1))));
        return meetings;
    }

    private static Meeting NetworkMeeting(int id, DateOnly day, string theme) => Demo(id, day, new TimeOnly(9, 0), TimeSpan.FromHours(2)) with
    {
        Kind = MeetingKind.NetworkMeeting,
        Title = new LocalizedText("Pienten kuntien verkostotapaaminen", "Nätverksträff för små kommuner", "Small Municipalities Network meeting"),
        Agenda = ["Ajankohtaista Kuntaliitosta", $"Kärkiteema: {theme}", "Lausunnot ja kannanotot", "Muut asiat"],
    };

    private static Meeting Presidium(int id, DateOnly day, DateOnly networkMeeting) => Demo(id, day, new TimeOnly(9, 0), TimeSpan.FromHours(1)) with
    {
        Kind = MeetingKind.PresidiumMeeting,
        BodyId = PresidiumId,
        Title = new LocalizedText("Puheenjohtajiston kokous", "Presidiets möte", "Presidium meeting"),
        Agenda = [$"Verkostotapaamisen {HelsinkiDateFormat.NumericDate(networkMeeting)} valmistelu", "Kannanotot ja työryhmät", "Muut asiat"],
    };

    private static Meeting Thematic(int id, DateOnly day) => Demo(id, day, new TimeOnly(13, 0), TimeSpan.FromHours(2)) with
    {
        Kind = MeetingKind.ThematicMeeting,
        Title = new LocalizedText("Teematapaaminen: hyvinvointi ja elinvoima", "Tematräff: välfärd och livskraft", "Thematic meeting: wellbeing and vitality"),
        Agenda = ["Hyvinvoinnin ja elinvoiman yhteistyö pienissä kunnissa", "Kuntien kokemuksia", "Keskustelu"],
        Invited = new LocalizedText(
            "sivistys- ja hyvinvointitoimialojen johtajat",
            "cheferna för bildnings- och välfärdssektorerna",
            "directors of education and wellbeing services"),
    };

    // Meeting is a class; a copy-with keeps the three factories short and alike.
    private static MeetingDraft Demo(int id, DateOnly day, TimeOnly time, TimeSpan length)
    {
        var startsAt = HelsinkiTime.ToUtc(day, time);
        return new MeetingDraft(id, startsAt, startsAt + length, $"https://teams.microsoft.com/l/meetup-join/demo-pienet-kunnat-{day:yyyy-MM-dd}");
    }

    private static DateOnly ThirdThursday(DateOnly inMonth) =>
        new RecurrenceDay(3, DayOfWeek.Thursday).In(inMonth.Year, inMonth.Month).First();

    private sealed record MeetingDraft(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TeamsLink)
    {
        public MeetingKind Kind { get; init; }
        public string? BodyId { get; init; }
        public LocalizedText? Title { get; init; }
        public List<string> Agenda { get; init; } = [];
        public LocalizedText? Invited { get; init; }

        public static implicit operator Meeting(MeetingDraft draft) => new()
        {
            Id = draft.Id,
            NetworkId = NetworkId,
            BodyId = draft.BodyId,
            Kind = draft.Kind,
            Title = draft.Title,
            StartsAt = draft.StartsAt,
            EndsAt = draft.EndsAt,
            Place = "Teams",
            TeamsLink = draft.TeamsLink,
            Agenda = draft.Agenda,
            Invited = draft.Invited,
            IsDemo = true,
        };
    }
}
