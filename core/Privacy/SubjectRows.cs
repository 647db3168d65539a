using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Inbox;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Privacy;

/// <summary>
/// Every row that concerns one person, from every table <see cref="PersonalDataTables.Personal"/> lists, tracked by
/// the context that loaded them (so that erasure changes them in place).
/// </summary>
public sealed class SubjectRows
{
    public List<Person> People { get; private init; } = [];
    public List<NetworkMembership> Memberships { get; private init; } = [];
    public List<RoleAssignment> Roles { get; private init; } = [];
    public List<Seat> Seats { get; private init; } = [];
    public List<ConversationReference> Conversations { get; private init; } = [];
    public List<PersonalInstallation> Installations { get; private init; } = [];
    public List<EmailOptOut> EmailOptOuts { get; private init; } = [];
    public List<MeetingAttendance> Answers { get; private init; } = [];
    public List<ReminderMessage> Reminders { get; private init; } = [];
    public List<AnnouncementMessage> AnnouncementDeliveries { get; private init; } = [];
    public List<Announcement> AnnouncementsAuthored { get; private init; } = [];
    public List<UnansweredReportMessage> UnansweredReports { get; private init; } = [];
    public List<ChangeLogEntry> ChangeLog { get; private init; } = [];
    public List<InboxActivity> Inbox { get; private init; } = [];

    /// <summary>The tables and their rows, named as the export names them.</summary>
    public IEnumerable<(string Table, Type Type, IReadOnlyList<object> Rows)> Tables =>
    [
        ("people", typeof(Person), People),
        ("networkMemberships", typeof(NetworkMembership), Memberships),
        ("roleAssignments", typeof(RoleAssignment), Roles),
        ("seats", typeof(Seat), Seats),
        ("conversationReferences", typeof(ConversationReference), Conversations),
        ("personalInstallations", typeof(PersonalInstallation), Installations),
        ("emailOptOuts", typeof(EmailOptOut), EmailOptOuts),
        ("meetingAnswers", typeof(MeetingAttendance), Answers),
        ("reminderMessages", typeof(ReminderMessage), Reminders),
        ("announcementDeliveries", typeof(AnnouncementMessage), AnnouncementDeliveries),
        ("announcementsAuthored", typeof(Announcement), AnnouncementsAuthored),
        ("unansweredQuestionReports", typeof(UnansweredReportMessage), UnansweredReports),
        ("changeLog", typeof(ChangeLogEntry), ChangeLog),
        ("inbox", typeof(InboxActivity), Inbox),
    ];

    public int Count => Tables.Sum(t => t.Rows.Count);

    public static async Task<SubjectRows> LoadAsync(VerkostotDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        // An identifier the person lacks matches nothing (and, unlike null, stays a plain parameter on both providers).
        var none = $"(none {Guid.NewGuid():N})";
        var id = subject.PersonId ?? none;
        var aad = subject.EntraObjectId ?? none;
        var name = subject.Name ?? none;
        var reminders = await db.Set<ReminderMessage>()
            .Where(r => r.PersonId == id || r.AboutPersonId == id || r.Key.Contains(id)).ToListAsync(cancellationToken);
        var changes = await db.Set<ChangeLogEntry>()
            .Where(c => c.ActorPersonId == id || (c.ActorPersonId == null && c.ActorName == name) || c.EntityId.Contains(id) || c.Summary.Contains(id))
            .ToListAsync(cancellationToken);
        var pending = await db.Set<InboxActivity>().Where(a => a.Payload != null).ToListAsync(cancellationToken);
        return new SubjectRows
        {
            People = await db.People.Where(p => p.Id == id).ToListAsync(cancellationToken),
            Memberships = await db.NetworkMemberships.Where(m => m.PersonId == id).ToListAsync(cancellationToken),
            Roles = await db.RoleAssignments.Where(r => r.PersonId == id).ToListAsync(cancellationToken),
            Seats = await db.Seats.Where(s => s.MemberId == id || s.DeputyId == id).ToListAsync(cancellationToken),
            Conversations = await db.ConversationReferences.Where(c => c.UserAadObjectId == aad).ToListAsync(cancellationToken),
            Installations = await db.Set<PersonalInstallation>().Where(i => i.AadObjectId == aad).ToListAsync(cancellationToken),
            EmailOptOuts = await db.Set<EmailOptOut>().Where(o => o.PersonId == id).ToListAsync(cancellationToken),
            Answers = await db.Set<MeetingAttendance>().Where(a => a.PersonId == id || a.StandsInForPersonId == id).ToListAsync(cancellationToken),
            // A slug inside a key or a summary counts only as a whole slug: "anna-aho" is not in "anna-aho-maria".
            Reminders = [.. reminders.Where(r => r.PersonId == id || r.AboutPersonId == id || MentionsSlug(r.Key, id))],
            AnnouncementDeliveries = await db.Set<AnnouncementMessage>()
                .Where(d => d.PersonId == id || d.EntraObjectId == aad || d.RecipientKey == "person:" + id).ToListAsync(cancellationToken),
            AnnouncementsAuthored = await db.Set<Announcement>()
                .Where(a => a.AuthorPersonId == id || a.AuthorEntraObjectId == aad).ToListAsync(cancellationToken),
            UnansweredReports = await db.Set<UnansweredReportMessage>().Where(m => m.PersonId == id).ToListAsync(cancellationToken),
            ChangeLog = [.. changes.Where(c => c.ActorPersonId == id || (c.ActorPersonId == null && c.ActorName == name)
                || MentionsSlug(c.EntityId, id) || MentionsSlug(c.Summary, id))],
            Inbox = [.. pending.Where(a => Mentions(a.Payload!, subject))],
        };
    }

    internal static bool MentionsSlug(string text, string slug) => Slug(slug).IsMatch(text);

    /// <summary>
    /// A slug standing alone, or with the number that tells namesakes apart ("anna-aho-2", a duplicate merged into
    /// the person): not part of another slug.
    /// </summary>
    internal static Regex Slug(string slug) => new($@"(?<![a-z0-9-]){Regex.Escape(slug)}(-[0-9]+)?(?![a-z0-9-])");

    /// <summary>Whether a received activity names the person anywhere (sender, mentions, text), its JSON escapes read.</summary>
    private static bool Mentions(byte[] payload, DataSubject subject)
    {
        var texts = new List<string> { Encoding.UTF8.GetString(payload) };
        try
        {
            using var document = JsonDocument.Parse(payload);
            Collect(document.RootElement, texts);
        }
        catch (JsonException)
        {
            // Not JSON: the raw text above is all there is to search.
        }
        return subject.Identifiers.Any(i => texts.Any(t => t.Contains(i, StringComparison.OrdinalIgnoreCase)));
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Collect(property.Value, texts);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, texts);
                break;
        }
    }
}
