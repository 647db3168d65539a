using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Understanding;
using Verkostot.Core.Reminders;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Questions about the asker, known by their Entra object id: "mikä on minun roolini?", "mitkä ovat minun
/// kokoukseni?", "milloin on seuraava kokoukseni?", "olenko ilmoittautunut?". Someone the bot does not know is told so
/// politely, with whom to contact.
/// </summary>
public static class MyAnswers
{
    private const int MaxMeetings = 5;

    public static Answer Answer(AnswerContext c) => c.Asker is null
        ? Stranger(c)
        : c.Parsed.Intent switch
        {
            QuestionIntent.MyMeetings => Meetings(c, c.Asker),
            QuestionIntent.MyAttendance => Attendance(c, c.Asker),
            _ => PersonAnswers.Roles(c, c.Asker, c.L("Sinun roolisi", "Din roll", "Your role")),
        };

    /// <summary>The coming meetings the asker is invited to: the presidium's when they hold a seat, their networks' others.</summary>
    public static List<Meeting> InvitedTo(AnswerContext c, Person person)
    {
        var networks = NetworkChooser.AskerNetworks(c).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return c.Catalog.Meetings
            .Where(m => m.EndsAt > c.Now && !m.IsCancelled && networks.Contains(m.NetworkId))
            .Where(m => m.Kind != MeetingKind.PresidiumMeeting || ReminderRecipients.Of(c.Catalog, m).Contains(person.Id))
            .ToList();
    }

    private static Answer Meetings(AnswerContext c, Person person)
    {
        var meetings = InvitedTo(c, person);
        if (c.Parsed.Period is { } period)
        {
            meetings = [.. meetings.Where(m => period.Contains(Time.HelsinkiTime.DayOf(m.StartsAt)))];
        }

        var onlyNext = Vocabulary.Next.In(c.Parsed.Text) && c.Parsed.Period is null;
        if (meetings.Count == 0)
        {
            return Answers.Answer.Of(AnswerKind.Found, c.Language, c.L("Kokouksesi", "Dina möten", "Your meetings"),
                c.L("Sinulla ei ole tulevia kokouksia kalenterissa.", "Du har inga kommande möten i kalendern.", "You have no upcoming meetings in the calendar."));
        }

        var shown = onlyNext ? meetings.Take(1) : meetings.Take(MaxMeetings);
        var title = onlyNext ? c.L("Seuraava kokouksesi", "Ditt nästa möte", "Your next meeting") : c.L("Tulevat kokouksesi", "Dina kommande möten", "Your upcoming meetings");
        return Answers.Answer.Of(AnswerKind.Found, c.Language, title) with
        {
            Meetings = shown.Select(m => MeetingAnswers.Line(c, m, includeAgenda: false)).ToList(),
            NetworkId = meetings[0].NetworkId,
        };
    }

    private static Answer Attendance(AnswerContext c, Person person)
    {
        var meetings = InvitedTo(c, person).Take(3).ToList();
        if (meetings.Count == 0)
        {
            return Answers.Answer.Of(AnswerKind.Found, c.Language, c.L("Ilmoittautumisesi", "Dina anmälningar", "Your replies"),
                c.L("Sinulla ei ole tulevia kokouksia kalenterissa.", "Du har inga kommande möten i kalendern.", "You have no upcoming meetings in the calendar."));
        }

        var facts = meetings.Select(m => new AnswerFact(
                $"{MeetingAnswers.Line(c, m, includeAgenda: false).Title}, {Localization.HelsinkiDateFormat.Format(m.StartsAt, c.Language)}",
                c.AskerAttendance.TryGetValue(m.Id, out var answer)
                    ? answer == AttendanceAnswer.Attending ? c.L("olet ilmoittautunut: osallistut", "du har anmält dig: du deltar", "you replied: attending")
                        : c.L("olet ilmoittanut, ettet pääse", "du har meddelat att du inte kan komma", "you replied: cannot attend")
                    : c.L("et ole vielä vastannut", "du har inte svarat än", "you have not replied yet")))
            .ToList();
        return Answers.Answer.Of(
                AnswerKind.Found,
                c.Language,
                c.L("Ilmoittautumisesi", "Dina anmälningar", "Your replies"),
                c.L("Vastaat muistutuksen painikkeilla Osallistun tai En pääse.", "Du svarar med knapparna i påminnelsen.", "You reply with the buttons on the reminder."))
            with
        { Facts = facts, NetworkId = meetings[0].NetworkId };
    }

    /// <summary>Someone the data does not know: no guessing, but whom to ask to be added.</summary>
    private static Answer Stranger(AnswerContext c)
    {
        var networks = c.Question.NetworkId is { } bound && c.Catalog.NetworksById.TryGetValue(bound, out var network)
            ? [network]
            : c.Catalog.Networks;
        var coordinators = networks
            .SelectMany(n => RoleHistory.Of(c, n.Id).Where(h => h.Role.Role == Role.Coordinator))
            .Select(h => PeopleLines.Line(c, h.Role.PersonId, $"{RoleNames.Label(Role.Coordinator, c.Language)}, {c.Name(c.Catalog.NetworksById[h.Role.NetworkId].Name)}"))
            .OfType<AnswerPerson>()
            .DistinctBy(p => p.PersonId)
            .ToList();
        return Answers.Answer.Of(
                AnswerKind.AskerUnknown,
                c.Language,
                c.L("En tunnista sinua", "Jag känner inte igen dig", "I don't know who you are"),
                c.L(
                    "Et ole verkostojen tiedoissa, joten en tiedä sinun roolejasi tai kokouksiasi. Verkostovastaava voi lisätä sinut.",
                    "Du finns inte i nätverkens uppgifter, så jag vet inte dina roller eller möten. Nätverkets koordinator kan lägga till dig.",
                    "You are not in the networks' data, so I don't know your roles or meetings. The network's coordinator can add you."))
            with
        { People = coordinators };
    }
}
