using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Digest;
using Verkostot.Core.Meetings;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Reminders;

/// <summary>Reminders' rows in the outbox and the tables of policies, answers and digests, applied from the context's OnModelCreating.</summary>
public static class RemindersModel
{
    public static void Configure(ModelBuilder model)
    {
        OutboxModel.AddFeature<ReminderMessage>(model, ReminderMessage.Feature);
        model.Entity<ReminderMessage>(e =>
        {
            OutboxModel.PersonColumn(e.Property(r => r.PersonId));
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.AboutPersonId).HasMaxLength(200);
            e.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(r => new { r.MeetingId, r.PersonId, r.Key }).IsUnique();
        });
        model.Entity<ReminderPolicy>(e =>
        {
            e.HasKey(p => p.Id);
            e.Property(p => p.NetworkId).HasMaxLength(200);
            e.Property(p => p.DaysBefore).HasConversion(
                days => string.Join(',', days),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<int>>(
                    (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, d) => HashCode.Combine(h, d)), l => l.ToList()))
                .HasMaxLength(100);
            e.HasIndex(p => new { p.NetworkId, p.Kind }).IsUnique();
        });
        model.Entity<MeetingAttendance>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.PersonId).HasMaxLength(200);
            e.Property(a => a.StandsInForPersonId).HasMaxLength(200);
            e.Property(a => a.Answer).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
        });
        model.Entity<DigestPost>(e =>
        {
            e.HasKey(d => d.Id);
            e.Property(d => d.NetworkId).HasMaxLength(200);
            e.Property(d => d.Month).HasMaxLength(7);
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.LastError).HasMaxLength(500);
            e.HasIndex(d => new { d.NetworkId, d.Month }).IsUnique();
        });
    }
}
