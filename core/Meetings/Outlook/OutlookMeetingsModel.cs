using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>The Outlook meetings' tables, applied from the context's OnModelCreating.</summary>
public static class OutlookMeetingsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<OutlookMeeting>(e =>
        {
            e.ToTable("OutlookMeetings");
            e.HasKey(o => o.MeetingId);
            e.Property(o => o.MeetingId).ValueGeneratedNever();
            e.Property(o => o.TransactionId).HasMaxLength(100);
            e.Property(o => o.EventId).HasMaxLength(300);
            e.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.SentHash).HasMaxLength(100);
            e.Property(o => o.JoinUrl).HasMaxLength(1000);
            e.Property(o => o.LastError).HasMaxLength(200);
            e.HasIndex(o => o.EventId);
        });
        model.Entity<OutlookCalendarState>(e =>
        {
            e.ToTable("OutlookCalendar");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(20);
            e.Property(s => s.LeaseHolder).HasMaxLength(40);
        });
    }
}
