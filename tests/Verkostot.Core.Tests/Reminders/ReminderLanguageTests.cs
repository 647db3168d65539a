using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>
/// Each person is written to in their own language. The presidium meets on ti 8.12.2026 klo 9.00; Mirja's Teams
/// is in Swedish unless a test says otherwise, everyone else has not chatted with the bot.
/// </summary>
public sealed class ReminderLanguageTests : IAsyncLifetime
{
    private static readonly TimeOnly Nine = new(9, 0);
    private ReminderWorld _world = null!;
    private int _meeting;

    public async Task InitializeAsync()
    {
        _world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        _meeting = await _world.AddMeetingAsync(new DateOnly(2026, 12, 8), Nine);
        _world.At(new DateOnly(2026, 12, 1), Nine);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Sweep_MemberChatsInSwedish_SwedishReminderOthersFinnish()
    {
        await _world.ChatsInAsync("aad-mirja", "sv-FI");
        await _world.SweepAsync();
        Assert.Equal("Påminnelse: presidiemöte tis 8.12.2026 kl. 9.00", ReminderTo("mirja-jasen").PlainText);
        Assert.Equal("Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00", ReminderTo("matti-jasen").PlainText);
    }

    [Fact]
    public async Task Sweep_MemberWithEnglishTeams_FinnishReminder()
    {
        await _world.ChatsInAsync("aad-mirja", "en-GB");
        await _world.SweepAsync();
        Assert.Equal("Muistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00", ReminderTo("mirja-jasen").PlainText);
    }

    [Fact]
    public async Task Sweep_MemberFromSwedishOnlyMunicipalityNeverChatted_SwedishReminder()
    {
        await _world.WorksInAsync("mirja-jasen", MunicipalityLanguage.Swedish);
        await _world.SweepAsync();
        Assert.Equal(Language.Swedish, ReminderTo("mirja-jasen").Language);
    }

    [Fact]
    public async Task Sweep_FinnishTeamsInSwedishOnlyMunicipality_FinnishReminder()
    {
        await _world.WorksInAsync("mirja-jasen", MunicipalityLanguage.Swedish);
        await _world.ChatsInAsync("aad-mirja", "fi-FI");
        await _world.SweepAsync();
        Assert.Equal(Language.Finnish, ReminderTo("mirja-jasen").Language);
    }

    [Fact]
    public async Task Answer_SwedishCardDeclined_SwedishCardAndDeputyInvitedInTheirOwnLanguage()
    {
        await _world.ChatsInAsync("aad-mirja", "sv-FI");
        await _world.ChatsInAsync("aad-dora", "fi-FI");
        await _world.SweepAsync();
        var card = await _world.InScopeAsync(sp => sp.GetRequiredService<RsvpService>()
            .AnswerAsync(ReminderTo("mirja-jasen").ReminderId, "aad-mirja", AttendanceAnswer.NotAttending, Language.Swedish, CancellationToken.None));
        var invitation = Assert.IsType<DeputyInvitationNotice>(_world.Messenger.To("dora-varajasen").Last());
        Assert.Equal(Language.Swedish, Assert.IsType<MeetingReminderNotice>(card).Language);
        Assert.Equal("Mirja Jäsen ei pääse: puheenjohtajiston kokous ti 8.12.2026 klo 9.00. Pääsetkö varajäsenenä?", invitation.PlainText);
    }

    [Fact]
    public async Task Sweep_MeetingMoved_MoveNoticeInRecipientsLanguage()
    {
        await _world.ChatsInAsync("aad-mirja", "sv-FI");
        await _world.SweepAsync();
        await _world.MoveMeetingAsync(_meeting, new DateOnly(2026, 12, 10), new TimeOnly(13, 0));
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();
        var moved = Assert.Single(_world.Messenger.To("mirja-jasen"), n => n is MeetingMovedNotice);
        Assert.Equal("Ändrad tid: presidiemöte tor 10.12.2026 kl. 13.00 (tidigare tis 8.12.2026 kl. 9.00)", moved.PlainText);
    }

    [Fact]
    public async Task Sweep_MeetingCancelled_CancelNoticeInRecipientsLanguage()
    {
        await _world.ChatsInAsync("aad-mirja", "sv-FI");
        await _world.SweepAsync();
        await _world.CancelMeetingAsync(_meeting);
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();
        Assert.Equal("Inställt: presidiemöte tis 8.12.2026 kl. 9.00", Assert.Single(_world.Messenger.To("mirja-jasen"), n => n is MeetingCancelledNotice).PlainText);
    }

    [Fact]
    public async Task Sweep_CoordinatorChatsInSwedish_UndeliveredReportInSwedish()
    {
        await _world.ChatsInAsync(ReminderWorld.CoordinatorAad, "sv-FI");
        await _world.SweepAsync();
        var report = Assert.IsType<UndeliveredRemindersNotice>(Assert.Single(_world.Messenger.To(ReminderWorld.Coordinator)));
        Assert.Equal("Påminnelsen nådde inte fram (presidiemöte tis 8.12.2026 kl. 9.00): Daniel Varajäsen", report.PlainText);
        Assert.Equal("nås inte i Teams", Assert.Single(report.Recipients).Reason);
    }

    private MeetingReminderNotice ReminderTo(string personId) =>
        Assert.IsType<MeetingReminderNotice>(Assert.Single(_world.Messenger.To(personId), n => n is MeetingReminderNotice));
}
