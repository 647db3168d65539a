using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>Answers to reminders: attendance stored, and the deputy invited at once when a member cannot come.</summary>
public sealed class RsvpServiceTests : IAsyncLifetime
{
    private ReminderWorld _world = null!;
    private int _meeting;

    public async Task InitializeAsync()
    {
        _world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        _meeting = await _world.AddMeetingAsync(new DateOnly(2026, 12, 8), new TimeOnly(9, 0));
        _world.At(new DateOnly(2026, 12, 1), new TimeOnly(9, 0));
        await _world.SweepAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<long> ReminderOf(string personId) =>
        (await _world.LedgerAsync()).First(r => r.PersonId == personId && r.Purpose == ReminderPurpose.Reminder && r.State == OutboxState.Sent).Id;

    private Task<Notice?> Answer(long reminderId, string aad, AttendanceAnswer answer, Language language = Language.Finnish) =>
        _world.InScopeAsync(sp => sp.GetRequiredService<RsvpService>().AnswerAsync(reminderId, aad, answer, language, CancellationToken.None));

    [Fact]
    public async Task Answer_MemberCannotCome_DeputyInvitedAtOnce()
    {
        var card = await Answer(await ReminderOf("mirja-jasen"), "aad-mirja", AttendanceAnswer.NotAttending);
        var invitation = Assert.IsType<DeputyInvitationNotice>(_world.Messenger.To("dora-varajasen").Last());
        Assert.Equal("Mirja Jäsen", invitation.MemberName);
        Assert.Equal(RsvpOutcome.NotAttendingDeputyInvited, Assert.IsType<MeetingReminderNotice>(card).Outcome);
    }

    [Fact]
    public async Task Answer_MemberDeclinesTwice_DeputyInvitedOnce()
    {
        var reminder = await ReminderOf("mirja-jasen");
        await Answer(reminder, "aad-mirja", AttendanceAnswer.NotAttending);
        await Answer(reminder, "aad-mirja", AttendanceAnswer.NotAttending);
        Assert.Single(_world.Messenger.To("dora-varajasen"), n => n is DeputyInvitationNotice);
    }

    [Fact]
    public async Task Answer_DeputyUnreachable_CardSaysSoAndCoordinatorTold()
    {
        var card = await Answer(await ReminderOf("matti-jasen"), "aad-matti", AttendanceAnswer.NotAttending);
        Assert.Equal(RsvpOutcome.NotAttendingDeputyUnreachable, Assert.IsType<MeetingReminderNotice>(card).Outcome);
        await _world.SweepAsync();
        Assert.Contains(_world.Messenger.To(ReminderWorld.Coordinator), n => n is UndeliveredRemindersNotice u && u.Recipients.Any(r => r.Name == "Daniel Varajäsen"));
    }

    [Fact]
    public async Task Answer_Attending_StoredAndShownOnCard()
    {
        var card = await Answer(await ReminderOf("mirja-jasen"), "aad-mirja", AttendanceAnswer.Attending);
        Assert.Equal(RsvpOutcome.Attending, Assert.IsType<MeetingReminderNotice>(card).Outcome);
        var overview = await _world.InScopeAsync(sp => sp.GetRequiredService<AttendanceQuery>().NextPresidiumMeetingAsync(ReminderWorld.Network, CancellationToken.None));
        Assert.Equal("Mirja Jäsen", Assert.Single(overview!.Attending).Name);
    }

    [Fact]
    public async Task Answer_SomeoneElsesCard_NotRecorded()
    {
        var card = await Answer(await ReminderOf("mirja-jasen"), "aad-matti", AttendanceAnswer.NotAttending);
        Assert.Equal(RsvpOutcome.NotYours, Assert.IsType<MeetingReminderNotice>(card).Outcome);
        Assert.DoesNotContain(_world.Messenger.To("dora-varajasen"), n => n is DeputyInvitationNotice);
    }

    [Fact]
    public async Task Answer_DeputyAcceptsInvitation_AttendsInMembersPlace()
    {
        await Answer(await ReminderOf("mirja-jasen"), "aad-mirja", AttendanceAnswer.NotAttending);
        var invitation = (await _world.LedgerAsync()).Single(r => r.Purpose == ReminderPurpose.DeputyInvitation);
        var card = await Answer(invitation.Id, "aad-dora", AttendanceAnswer.Attending);
        Assert.Equal(RsvpOutcome.AttendingAsDeputy, Assert.IsType<DeputyInvitationNotice>(card).Outcome);
        var overview = await _world.InScopeAsync(sp => sp.GetRequiredService<AttendanceQuery>().NextPresidiumMeetingAsync(ReminderWorld.Network, CancellationToken.None));
        Assert.True(Assert.Single(overview!.Attending).IsDeputy);
    }

    [Fact]
    public async Task Answer_AfterMeetingStarted_Closed()
    {
        var reminder = await ReminderOf("mirja-jasen");
        _world.At(new DateOnly(2026, 12, 8), new TimeOnly(9, 1));
        var card = await Answer(reminder, "aad-mirja", AttendanceAnswer.Attending);
        Assert.Equal(RsvpOutcome.Closed, Assert.IsType<MeetingReminderNotice>(card).Outcome);
    }
}
