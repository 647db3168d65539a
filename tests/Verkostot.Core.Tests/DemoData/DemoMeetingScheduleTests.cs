using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.DemoData;

public sealed class DemoMeetingScheduleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly List<Meeting> Meetings = DemoMeetingSchedule.Create(Today, 1);

    [Fact]
    public void Create_NetworkMeetings_AreSecondTuesdaysAtNineHelsinkiTime()
    {
        var network = Meetings.Where(m => m.Kind == MeetingKind.NetworkMeeting).ToList();
        Assert.All(network, m =>
        {
            var local = HelsinkiTime.ToLocal(m.StartsAt);
            Assert.Equal(DayOfWeek.Tuesday, local.DayOfWeek);
            Assert.InRange(local.Day, 8, 14);
            Assert.Equal(new TimeSpan(9, 0, 0), local.TimeOfDay);
            Assert.Equal(TimeSpan.FromHours(2), m.EndsAt - m.StartsAt);
        });
    }

    [Fact]
    public void Create_CoversOneMonthBackToSixMonthsAhead()
    {
        var days = Meetings.Where(m => m.Kind == MeetingKind.NetworkMeeting).Select(m => DateOnly.FromDateTime(HelsinkiTime.ToLocal(m.StartsAt))).ToList();
        Assert.Equal(
            [new(2026, 11, 10), new(2026, 12, 8), new(2027, 1, 12), new(2027, 2, 9), new(2027, 3, 9), new(2027, 4, 13), new(2027, 5, 11)],
            days);
    }

    [Fact]
    public void Create_AcrossDaylightSaving_KeepsNineLocalButShiftsUtc()
    {
        var march = Meetings.Single(m => m.Kind == MeetingKind.NetworkMeeting && m.StartsAt.Month == 3);
        var april = Meetings.Single(m => m.Kind == MeetingKind.NetworkMeeting && m.StartsAt.Month == 4);
        Assert.Equal(7, march.StartsAt.UtcDateTime.Hour);
        Assert.Equal(6, april.StartsAt.UtcDateTime.Hour);
    }

    [Fact]
    public void Create_EachNetworkMeeting_HasPresidiumMeetingAWeekBefore()
    {
        foreach (var meeting in Meetings.Where(m => m.Kind == MeetingKind.NetworkMeeting))
        {
            var day = DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt)).AddDays(-7);
            var presidium = Meetings.Single(m => m.Kind == MeetingKind.PresidiumMeeting && DateOnly.FromDateTime(HelsinkiTime.ToLocal(m.StartsAt)) == day);
            Assert.Equal(DemoMeetingSchedule.PresidiumId, presidium.BodyId);
            Assert.Equal(new DateTime(day.Year, day.Month, day.Day, 10, 0, 0), HelsinkiTime.ToLocal(presidium.EndsAt));
        }
    }

    [Fact]
    public void Create_ThematicMeeting_InvitesSectorDirectors()
    {
        var thematic = Meetings.Single(m => m.Kind == MeetingKind.ThematicMeeting);
        Assert.Contains("johtajat", thematic.Invited!.Fi);
        Assert.True(thematic.StartsAt > new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Create_AllMeetings_AreDemoWithUniqueIdsAndTeamsLinks()
    {
        Assert.All(Meetings, m => Assert.True(m.IsDemo && m.TeamsLink is not null && m.Agenda.Count > 0));
        Assert.Equal(Meetings.Count, Meetings.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void NextMeeting_FromDemoToday_IsTheDecemberPresidiumMeeting()
    {
        var catalog = NetworkCatalog.Create(DemoDataSet.Load(DemoToday.Clock));
        var next = catalog.NextMeeting("pienet-kunnat", DemoToday.Clock.GetUtcNow())!;
        Assert.Equal(MeetingKind.PresidiumMeeting, next.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0), HelsinkiTime.ToLocal(next.StartsAt));
    }
}
