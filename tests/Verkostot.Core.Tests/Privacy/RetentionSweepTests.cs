using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Inbox;
using Verkostot.Core.Outbox;
using Verkostot.Core.Privacy;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Reminders;

namespace Verkostot.Core.Tests.Privacy;

/// <summary>The retention sweep with its default periods, on SQLite and on PostgreSQL.</summary>
public sealed class RetentionSweepTests
{
    private static readonly DateTimeOffset Now = PrivacyWorld.Now;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_AnnouncementsFinishedOverTwoYearsAgo_DeletedWithTheirDeliveryRows(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        var old = Announcement(AnnouncementState.Sent, created: Now.AddMonths(-26), finished: Now.AddMonths(-25));
        var recent = Announcement(AnnouncementState.Sent, created: Now.AddMonths(-23), finished: Now.AddMonths(-23));
        var oldDraft = Announcement(AnnouncementState.Draft, created: Now.AddMonths(-25), finished: null);
        var stuckSending = Announcement(AnnouncementState.Sending, created: Now.AddMonths(-30), finished: null);
        await world.AddAsync(old, recent, oldDraft, stuckSending,
            Delivery(old, "anna"), Delivery(old, "bertta"), Delivery(recent, "anna"), Delivery(stuckSending, "anna"));

        var result = await world.SweepAsync();

        Assert.Equal(2, result.Announcements);
        await using var db = world.Db();
        Assert.Equal(new[] { recent.Id, stuckSending.Id }.Order(), (await db.Set<Announcement>().Select(a => a.Id).ToListAsync()).Order());
        Assert.Equal(2, await db.Set<AnnouncementMessage>().CountAsync());
        Assert.DoesNotContain(await db.Set<AnnouncementMessage>().Select(m => m.AnnouncementId).ToListAsync(), id => id == old.Id);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_RemindersOfMeetingsOverTwoYearsAgo_Deleted_OthersKept(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        await world.AddAsync(
            Reminder("old", plannedFor: Now.AddMonths(-25), OutboxState.Sent),
            Reminder("old-failed", plannedFor: Now.AddMonths(-25), OutboxState.Failed),
            Reminder("recent", plannedFor: Now.AddMonths(-23), OutboxState.Sent),
            Reminder("coming", plannedFor: Now.AddDays(7), OutboxState.Pending),
            UnansweredReport("2024-10", due: Now.AddMonths(-25)),
            UnansweredReport("2026-11", due: Now.AddDays(-2)));

        var result = await world.SweepAsync();

        Assert.Equal((2, 1), (result.ReminderMessages, result.UnansweredReports));
        await using var db = world.Db();
        Assert.Equal(["coming", "recent"], (await db.Set<ReminderMessage>().Select(r => r.PersonId).ToListAsync()).Order());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_AnswersOverTwoYearsOld_Deleted_UnlessTheMeetingIsStillToCome(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        var past = Meeting(Now.AddMonths(-25));
        var coming = Meeting(Now.AddMonths(1));
        await world.AddAsync(past, coming);
        await world.AddAsync(
            Answer(past, "old", Now.AddMonths(-26)),
            Answer(coming, "early-bird", Now.AddMonths(-26)),
            Answer(coming, "recent", Now.AddDays(-3)));

        var result = await world.SweepAsync();

        Assert.Equal(1, result.Answers);
        await using var db = world.Db();
        Assert.Equal(["early-bird", "recent"], (await db.Set<MeetingAttendance>().Select(a => a.PersonId).ToListAsync()).Order());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_ChatsOfPeopleInNoNetworkFor90Days_Forgotten(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        await world.AddAsync(
            Person("member", "aad-member"), Membership("member", leftOn: null),
            Person("left-long-ago", "aad-left-long-ago"), Membership("left-long-ago", leftOn: Today.AddDays(-120)),
            Person("left-lately", "aad-left-lately"), Membership("left-lately", leftOn: Today.AddDays(-30)),
            Person("chair", "aad-chair"), new RoleAssignment { PersonId = "chair", NetworkId = "n", Role = Role.Chair },
            Personal("aad-member", updated: Now.AddDays(-200)),
            Personal("aad-left-long-ago", updated: Now.AddDays(-100)),
            Personal("aad-left-lately", updated: Now.AddDays(-200)),
            Personal("aad-chair", updated: Now.AddDays(-400)),
            Personal("aad-stranger", updated: Now.AddDays(-91)),
            Personal("aad-stranger-lately", updated: Now.AddDays(-89)),
            Channel("aad-left-long-ago", updated: Now.AddDays(-100)));

        var result = await world.SweepAsync();

        Assert.Equal(2, result.ConversationReferences);
        Assert.Equal(1, result.ChannelSpeakersForgotten);
        await using var db = world.Db();
        Assert.Equal(["aad-chair", "aad-left-lately", "aad-member", "aad-stranger-lately"],
            (await db.ConversationReferences.Where(c => c.ConversationType == "personal").Select(c => c.UserAadObjectId!).ToListAsync()).Order());
        var channel = await db.ConversationReferences.SingleAsync(c => c.ConversationType == "channel");
        Assert.Equal((null, null, null), (channel.UserId, channel.UserName, channel.UserAadObjectId));
        Assert.Equal("19:channel@thread.tacv2", channel.ConversationId);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_InstallationsAndOptOutsOfFormerMembers_Deleted(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        await world.AddAsync(
            Person("member", "aad-member"), Membership("member", leftOn: null),
            Person("former", "aad-former"), Membership("former", leftOn: Today.AddDays(-100)),
            new PersonalInstallation { AadObjectId = "aad-member", State = PersonalInstallationState.RemovedByUser, UpdatedAt = Now.AddDays(-300) },
            new PersonalInstallation { AadObjectId = "aad-former", State = PersonalInstallationState.RemovedByUser, UpdatedAt = Now.AddDays(-300) },
            new PersonalInstallation { AadObjectId = "aad-unknown", State = PersonalInstallationState.Failed, UpdatedAt = Now.AddDays(-10) },
            new EmailOptOut { PersonId = "member", OptedOutAt = Now.AddDays(-300) },
            new EmailOptOut { PersonId = "former", OptedOutAt = Now.AddDays(-300) });

        var result = await world.SweepAsync();

        Assert.Equal((1, 1), (result.Installations, result.EmailOptOuts));
        await using var db = world.Db();
        Assert.Equal(["aad-member", "aad-unknown"], (await db.Set<PersonalInstallation>().Select(i => i.AadObjectId).ToListAsync()).Order());
        Assert.Equal("member", (await db.Set<EmailOptOut>().SingleAsync()).PersonId);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_ChangeLogOverTwoYearsAndInboxRowsOverADay_Deleted(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        await world.AddAsync(
            Change(Now.AddMonths(-25)), Change(Now.AddMonths(-23)),
            Inbox("old", Now.AddDays(-2)), Inbox("fresh", Now.AddHours(-1)));

        var result = await world.SweepAsync();

        Assert.Equal((1, 1), (result.ChangeLogEntries, result.InboxActivities));
        await using var db = world.Db();
        Assert.Equal(1, await db.Set<ChangeLogEntry>().CountAsync());
        Assert.Equal("fresh", (await db.Set<InboxActivity>().SingleAsync()).Key);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_Twice_SecondRunRemovesNothing(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider);
        var old = Announcement(AnnouncementState.Sent, created: Now.AddMonths(-26), finished: Now.AddMonths(-25));
        await world.AddAsync(old, Delivery(old, "anna"), Reminder("old", Now.AddMonths(-25), OutboxState.Sent),
            Personal("aad-stranger", Now.AddDays(-100)), Change(Now.AddMonths(-30)), Inbox("old", Now.AddDays(-3)));

        var first = await world.SweepAsync();
        var second = await world.SweepAsync();

        Assert.Equal(5, first.Total);
        Assert.Equal(0, second.Total);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_ConfiguredPeriods_AreTheOnesApplied(string provider)
    {
        await using var world = await PrivacyWorld.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Retention:DeliveryMonths"] = "6",
            ["Retention:FormerMemberDays"] = "10",
        });
        await world.AddAsync(Reminder("seven-months", Now.AddMonths(-7), OutboxState.Sent), Reminder("five-months", Now.AddMonths(-5), OutboxState.Sent),
            Personal("aad-stranger", Now.AddDays(-11)));

        var result = await world.SweepAsync();

        Assert.Equal((1, 1), (result.ReminderMessages, result.ConversationReferences));
    }

    [Theory]
    [InlineData("DeliveryMonths", "0")]
    [InlineData("AnswerMonths", "-1")]
    [InlineData("FormerMemberDays", "0")]
    [InlineData("ChangeLogMonths", "5000")]
    [InlineData("InboxDays", "0")]
    public async Task Options_OutOfRange_FailNamingTheKey(string key, string value)
    {
        await using var world = await PrivacyWorld.CreateAsync("Sqlite", new Dictionary<string, string?> { [$"Retention:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => world.Services.GetRequiredService<IOptions<RetentionOptions>>().Value);

        Assert.Contains($"Retention:{key}", Assert.Single(error.Failures));
    }

    private static Announcement Announcement(AnnouncementState state, DateTimeOffset created, DateTimeOffset? finished) => new()
    {
        Id = Guid.NewGuid(),
        NetworkId = "n",
        AuthorPersonId = "author",
        AuthorEntraObjectId = "aad-author",
        Title = "Tiedote",
        Text = "Teksti",
        State = state,
        CreatedAt = created,
        FinishedAt = finished,
    };

    private static AnnouncementMessage Delivery(Announcement announcement, string personId) => new()
    {
        AnnouncementId = announcement.Id,
        RecipientKey = $"person:{personId}",
        PersonId = personId,
        RecipientName = personId,
        Kind = RecipientKind.Person,
        State = OutboxState.Sent,
        DueAt = announcement.CreatedAt,
        CompletedAt = announcement.FinishedAt,
    };

    private static ReminderMessage Reminder(string personId, DateTimeOffset plannedFor, OutboxState state) => new()
    {
        MeetingId = 1,
        PersonId = personId,
        Key = "reminder/7d",
        Purpose = ReminderPurpose.Reminder,
        OffsetDays = 7,
        PlannedFor = plannedFor,
        DueAt = plannedFor.AddDays(-7),
        State = state,
        CompletedAt = state == OutboxState.Pending ? null : plannedFor.AddDays(-7),
    };

    private static UnansweredReportMessage UnansweredReport(string month, DateTimeOffset due) => new()
    {
        PersonId = "coordinator",
        ReportNetworkId = "n",
        ReportMonth = month,
        DueAt = due,
        State = OutboxState.Sent,
        CompletedAt = due,
    };

    private static Meeting Meeting(DateTimeOffset startsAt) => new() { NetworkId = "n", StartsAt = startsAt, EndsAt = startsAt.AddHours(2) };

    private static MeetingAttendance Answer(Meeting meeting, string personId, DateTimeOffset at) =>
        new() { MeetingId = meeting.Id, PersonId = personId, Answer = AttendanceAnswer.Attending, AnsweredAt = at };

    private static Person Person(string id, string aad) => new() { Id = id, Name = id, EntraObjectId = aad };

    private static NetworkMembership Membership(string personId, DateOnly? leftOn) =>
        new() { NetworkId = "n", PersonId = personId, JoinedOn = Today.AddYears(-3), LeftOn = leftOn };

    private static ConversationReference Personal(string aad, DateTimeOffset updated) => new()
    {
        ConversationId = $"a:{aad}",
        ConversationType = "personal",
        ServiceUrl = "https://smba.test/",
        ChannelId = "msteams",
        UserId = $"29:{aad}",
        UserName = aad,
        UserAadObjectId = aad,
        UpdatedAt = updated,
    };

    private static ConversationReference Channel(string aad, DateTimeOffset updated) => new()
    {
        ConversationId = "19:channel@thread.tacv2",
        ConversationType = "channel",
        ServiceUrl = "https://smba.test/",
        ChannelId = "msteams",
        UserId = $"29:{aad}",
        UserName = aad,
        UserAadObjectId = aad,
        TeamId = "team",
        UpdatedAt = updated,
    };

    private static ChangeLogEntry Change(DateTimeOffset at) =>
        new() { At = at, ActorName = "Iira Ainiala", ActorPersonId = "iira-ainiala", EntityId = "m", Kind = ChangedKind.Meeting };

    private static InboxActivity Inbox(string key, DateTimeOffset received) => new() { Key = key, ReceivedAt = received, Payload = [1, 2, 3] };
}
