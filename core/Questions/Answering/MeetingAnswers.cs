using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Understanding;
using Verkostot.Core.Time;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Milloin on seuraava kokous?", "kokoukset ensi viikolla", "mitä käsitellään", "missä", "anna linkki".</summary>
public static class MeetingAnswers
{
    public static Answer Answer(AnswerContext c, QuestionIntent intent)
    {
        var choice = NetworkChooser.Choose(c, n => Upcoming(c, n.Id).Any());
        if (choice.Network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        var network = choice.Network;
        var answer = intent == QuestionIntent.MeetingsInPeriod && c.Parsed.Period is { } period
            ? InPeriod(c, network, period)
            : Next(c, network, intent);
        return answer with { NetworkId = network.Id };
    }

    private static Answers.Answer Next(AnswerContext c, Network network, QuestionIntent intent)
    {
        var meetings = c.Parsed.Period is { } period
            ? Matching(c, network.Id).Where(m => period.Contains(LocalDay(m))).ToList()
            : Upcoming(c, network.Id).ToList();
        var next = meetings.FirstOrDefault();
        if (next is null)
        {
            return ConversationAnswers.NotFound(
                c,
                c.L("Tulevia kokouksia ei ole kalenterissa.", "Det finns inga kommande möten i kalendern.", "There are no upcoming meetings in the calendar."),
                network.Id);
        }

        var shown = new List<Meeting> { next };
        if (c.Parsed.MeetingKind is null && c.Parsed.Period is null && next.Kind == MeetingKind.PresidiumMeeting
            && BodyAnswers.NamedBody(c, network.Id) is null
            && meetings.FirstOrDefault(m => m.Kind == MeetingKind.NetworkMeeting) is { } networkMeeting)
        {
            // Most members are not in the presidium: the next network meeting is what they are after.
            shown.Add(networkMeeting);
        }

        var (title, text) = intent switch
        {
            QuestionIntent.MeetingAgenda => (
                c.L("Asialista", "Föredragningslista", "Agenda"),
                next.Agenda.Count == 0 ? c.L("Asialistaa ei ole vielä julkaistu.", "Föredragningslistan har inte publicerats än.", "The agenda has not been published yet.") : null),
            QuestionIntent.MeetingPlace => (
                c.L("Kokouspaikka", "Mötesplats", "Meeting place"),
                next.Place is null ? c.L("Kokouspaikkaa ei ole ilmoitettu.", "Mötesplatsen har inte meddelats.", "The place has not been announced.") : null),
            QuestionIntent.MeetingLink => (
                c.L("Teams-linkki", "Teams-länk", "Teams link"),
                next.TeamsLink is null ? c.L("Kokoukselle ei ole Teams-linkkiä.", "Mötet har ingen Teams-länk.", "The meeting has no Teams link.") : null),
            _ => (shown.Count > 1 ? c.L("Seuraavat kokoukset", "Nästa möten", "Next meetings") : c.L("Seuraava kokous", "Nästa möte", "Next meeting"), null),
        };
        return Answers.Answer.Of(AnswerKind.Found, c.Language, title, text) with
        {
            Meetings = shown.Select(m => Line(c, m, includeAgenda: intent == QuestionIntent.MeetingAgenda)).ToList(),
        };
    }

    private static Answers.Answer InPeriod(AnswerContext c, Network network, Period period)
    {
        var meetings = Matching(c, network.Id).Where(m => period.Contains(LocalDay(m))).ToList();
        var title = c.L($"Kokoukset {PeriodText(c, period)}", $"Möten {PeriodText(c, period)}", $"Meetings {PeriodText(c, period)}");
        if (meetings.Count > 0)
        {
            return Answers.Answer.Of(AnswerKind.Found, c.Language, title) with
            {
                Meetings = meetings.Select(m => Line(c, m, includeAgenda: false)).ToList(),
            };
        }

        var after = Matching(c, network.Id).FirstOrDefault(m => LocalDay(m) > period.To);
        var none = c.L("Silloin ei ole kokouksia.", "Då finns det inga möten.", "There are no meetings then.");
        var answer = Answers.Answer.Of(AnswerKind.Found, c.Language, title, after is null ? none : none + " " + c.L("Seuraava kokous:", "Nästa möte:", "The next meeting:"));
        return after is null ? answer : answer with { Meetings = [Line(c, after, includeAgenda: false)] };
    }

    /// <summary>Meetings of the network that fit the kind or body asked about, earliest first, cancelled ones left out.</summary>
    private static IEnumerable<Meeting> Matching(AnswerContext c, string networkId)
    {
        var kind = c.Parsed.MeetingKind;
        var body = BodyAnswers.NamedBody(c, networkId);
        return c.Catalog.MeetingsOf(networkId).Where(m => !m.IsCancelled && Fits(m, kind, body));
    }

    private static bool Fits(Meeting meeting, MeetingKind? kind, Body? body)
    {
        if (kind is not null)
        {
            return meeting.Kind == kind || (body is not null && meeting.BodyId == body.Id);
        }

        return body is null || meeting.BodyId == body.Id || (body.Kind == BodyKind.Presidium && meeting.Kind == MeetingKind.PresidiumMeeting);
    }

    private static IEnumerable<Meeting> Upcoming(AnswerContext c, string networkId) =>
        Matching(c, networkId).Where(m => m.EndsAt > c.Now);

    private static DateOnly LocalDay(Meeting meeting) => HelsinkiTime.DayOf(meeting.StartsAt);

    public static AnswerMeeting Line(AnswerContext c, Meeting meeting, bool includeAgenda) => new(
        meeting.Id,
        meeting.Title is null ? KindName(c, meeting.Kind) : c.Name(meeting.Title),
        HelsinkiDateFormat.FormatRange(meeting.StartsAt, meeting.EndsAt, c.Language),
        meeting.StartsAt,
        meeting.EndsAt,
        meeting.Place,
        meeting.TeamsLink,
        includeAgenda ? meeting.Agenda : [],
        meeting.Invited is null ? null : c.Name(meeting.Invited),
        meeting.IsDemo);

    private static string KindName(AnswerContext c, MeetingKind kind) => kind switch
    {
        MeetingKind.PresidiumMeeting => c.L("Puheenjohtajiston kokous", "Presidiets möte", "Presidium meeting"),
        MeetingKind.ThematicMeeting => c.L("Teematapaaminen", "Tematräff", "Thematic meeting"),
        MeetingKind.JointMeeting => c.L("Yhteiskokous", "Gemensamt möte", "Joint meeting"),
        MeetingKind.WorkingGroupMeeting => c.L("Työryhmän kokous", "Arbetsgruppens möte", "Working group meeting"),
        _ => c.L("Verkostotapaaminen", "Nätverksträff", "Network meeting"),
    };

    /// <summary>"joulukuussa 2026", "ensi viikolla (30.11.–6.12.2026)", "huomenna (24.11.2026)", "8.12.2026".</summary>
    private static string PeriodText(AnswerContext c, Period period)
    {
        var dates = period.From == period.To
            ? HelsinkiDateFormat.FormatDate(period.From, c.Language)
            : $"{period.From.Day}.{period.From.Month}.–{HelsinkiDateFormat.FormatDate(period.To, c.Language)}";
        return period.Kind switch
        {
            PeriodKind.Month when period.From.Day == 1 => NetworkFacts.Founded(c, period.From, DatePrecision.Month),
            PeriodKind.Week when period.From <= c.Today => $"{c.L("tällä viikolla", "den här veckan", "this week")} ({dates})",
            PeriodKind.Week => $"{c.L("ensi viikolla", "nästa vecka", "next week")} ({dates})",
            PeriodKind.Day when period.From == c.Today => $"{c.L("tänään", "i dag", "today")} ({dates})",
            PeriodKind.Day when period.From == c.Today.AddDays(1) => $"{c.L("huomenna", "i morgon", "tomorrow")} ({dates})",
            _ => dates,
        };
    }
}
