using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>Turns a reminder's outbox row into the notice it stands for, from the meeting as it is at sending time.</summary>
public static class ReminderNoticeBuilder
{
    /// <summary>The networks' working language, for texts that have no one recipient (channel posts, calendar files, coordinators' forms).</summary>
    public const Language DefaultLanguage = Language.Finnish;

    /// <param name="language">The recipient's (<see cref="RecipientLanguage"/>).</param>
    /// <param name="problems">The rows of the batch's meetings that did not reach their recipient (<see cref="ProblemsAsync"/>), for the reports to coordinators.</param>
    public static async Task<Notice> BuildAsync(
        VerkostotDbContext db, ReminderMessage row, Meeting meeting, NetworkCatalog catalog, Language language, AttendanceAnswer? answer,
        ILookup<int, ReminderMessage> problems, CancellationToken cancellationToken)
    {
        var details = MeetingDetails.From(meeting, catalog, language);
        return row.Purpose switch
        {
            ReminderPurpose.Reminder => new MeetingReminderNotice(language, details, row.Id, answer, OutcomeOf(answer, false)),
            ReminderPurpose.DeputyInvitation => new DeputyInvitationNotice(language, details, row.Id, NameOf(catalog, row.AboutPersonId), answer, OutcomeOf(answer, true)),
            ReminderPurpose.Moved => new MeetingMovedNotice(language, details, row.PreviousStartsAt ?? row.PlannedFor),
            ReminderPurpose.Cancelled => new MeetingCancelledNotice(language, details),
            _ => new UndeliveredRemindersNotice(language, details, Undelivered(problems[row.MeetingId], catalog, row, language)),
        };
    }

    /// <summary>
    /// The rows that did not reach their recipient, of the meetings that <paramref name="rows"/> report on: one query for a
    /// batch of reports rather than one a report.
    /// </summary>
    public static async Task<ILookup<int, ReminderMessage>> ProblemsAsync(VerkostotDbContext db, IEnumerable<ReminderMessage> rows, CancellationToken cancellationToken)
    {
        var meetingIds = rows.Where(r => r.Purpose == ReminderPurpose.Undelivered).Select(r => r.MeetingId).Distinct().ToList();
        if (meetingIds.Count == 0) return Array.Empty<ReminderMessage>().ToLookup(r => r.MeetingId);
        return (await db.Set<ReminderMessage>().AsNoTracking()
            .Where(r => meetingIds.Contains(r.MeetingId) && r.Purpose != ReminderPurpose.Undelivered
                && (r.State == OutboxState.Unreachable || r.State == OutboxState.Failed || r.State == OutboxState.InDoubt))
            .ToListAsync(cancellationToken)).ToLookup(r => r.MeetingId);
    }

    public static RsvpOutcome OutcomeOf(AttendanceAnswer? answer, bool asDeputy) => answer switch
    {
        AttendanceAnswer.Attending => asDeputy ? RsvpOutcome.AttendingAsDeputy : RsvpOutcome.Attending,
        AttendanceAnswer.NotAttending => RsvpOutcome.NotAttending,
        _ => RsvpOutcome.None,
    };

    public static string NameOf(NetworkCatalog catalog, string? personId) =>
        personId is not null && catalog.PeopleById.TryGetValue(personId, out var person) ? person.Name : personId ?? "";

    private static IReadOnlyList<UndeliveredRecipient> Undelivered(
        IEnumerable<ReminderMessage> rows, NetworkCatalog catalog, ReminderMessage report, Language language)
    {
        return [.. rows
            .Where(r => UndeliveredReportPlanner.ReportKey(UndeliveredReportPlanner.GroupOf(r.Purpose, r.Key)) == report.Key)
            .OrderBy(r => NameOf(catalog, r.PersonId), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .Select(r => new UndeliveredRecipient(NameOf(catalog, r.PersonId), ReasonOf(r, language)))];
    }

    private static string ReasonOf(ReminderMessage row, Language language) => (row.State, row.Channel, row.LastError) switch
    {
        (OutboxState.Unreachable, DeliveryChannel.Email, DeliveryProblemCodes.EmailOptedOut) => language.Pick(
            "ei tavoitettavissa Teamsissa, ja on kieltäytynyt sähköposteista", "nås inte i Teams och har avbeställt e-post", "not reachable in Teams, and has opted out of e-mail"),
        (OutboxState.Unreachable, DeliveryChannel.Email, _) => language.Pick(
            "ei tavoitettavissa Teamsissa, eikä sähköpostiosoitetta ole tiedossa", "nås inte i Teams och saknar e-postadress", "not reachable in Teams, and no e-mail address is known"),
        (OutboxState.Failed, DeliveryChannel.Email, _) => language.Pick(
            "ei tavoitettavissa Teamsissa, eikä sähköposti mennyt perille", "nås inte i Teams och e-posten gick inte fram", "not reachable in Teams, and the e-mail did not go through"),
        (var state, _, _) => ReasonOf(state, language),
    };

    private static string ReasonOf(OutboxState state, Language language) => state switch
    {
        OutboxState.Unreachable => language.Pick("ei tavoitettavissa Teamsissa", "nås inte i Teams", "not reachable in Teams"),
        OutboxState.InDoubt => language.Pick("lähetys keskeytyi, viesti ei ehkä mennyt perille", "sändningen avbröts, meddelandet kom kanske inte fram", "sending was interrupted; the message may not have arrived"),
        _ => language.Pick("Teams ei ottanut viestiä vastaan", "Teams tog inte emot meddelandet", "Teams did not accept the message"),
    };
}
