using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Digest;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Inbox;
using Verkostot.Core.Meetings.Outlook;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Reminders;
using Verkostot.Core.Roster;

namespace Verkostot.Core.Privacy;

/// <summary>
/// Every kind of row the database keeps, sorted into those that can hold a person's data (found by
/// <see cref="SubjectRows"/>, exported and erased) and those that cannot, with why. A test compares this with the
/// EF model: a new table must be placed here, and a personal one handled, before the tests pass.
/// </summary>
public static class PersonalDataTables
{
    public static IReadOnlySet<Type> Personal { get; } = new HashSet<Type>
    {
        typeof(Person),
        typeof(NetworkMembership),
        typeof(RoleAssignment),
        typeof(Seat),
        typeof(ConversationReference),
        typeof(PersonalInstallation),
        typeof(EmailOptOut),
        typeof(MeetingAttendance),
        typeof(ReminderMessage),
        typeof(AnnouncementMessage),
        typeof(UnansweredReportMessage),
        typeof(Announcement),
        typeof(ChangeLogEntry),
        typeof(InboxActivity),
    };

    public static IReadOnlyDictionary<Type, string> NotPersonal { get; } = new Dictionary<Type, string>
    {
        [typeof(Region)] = "regions of Finland",
        [typeof(Municipality)] = "municipalities",
        [typeof(Network)] = "networks: names, descriptions and sources as published",
        [typeof(Body)] = "bodies of a network",
        [typeof(Term)] = "terms of office (the seats hold the people)",
        [typeof(Meeting)] = "meetings: times, places, agendas",
        [typeof(PriorityDocument)] = "published priority documents",
        [typeof(PriorityItem)] = "items of the priority documents",
        [typeof(OutboxMessage)] = "the outbox's shared columns; its rows are the features' (reminders, announcements)",
        [typeof(ReminderPolicy)] = "reminder days per network and meeting kind",
        [typeof(DigestPost)] = "which monthly digests were posted to a channel",
        [typeof(RosterSyncState)] = "where each network's roster sync left off",
        [typeof(GraphAccessState)] = "which Graph feature is refused, for operators",
        [typeof(OutlookMeeting)] = "which Outlook event a meeting is and a hash of what was last sent; the attendees are in Outlook, their answers in the attendance",
        [typeof(OutlookCalendarState)] = "where reading the organizer calendar's answers left off",
        [typeof(UnansweredQuestion)] = "the words of questions the bot could not answer, never who asked or in which chat; the questions feature forgets them after 90 days",
    };
}
