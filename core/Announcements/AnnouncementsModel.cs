using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Announcements;

/// <summary>The announcements table and announcements' rows in the outbox; applied from VerkostotDbContext.OnModelCreating with one line.</summary>
public static class AnnouncementsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Announcement>(e =>
        {
            e.ToTable("Announcements");
            e.HasKey(a => a.Id);
            e.Property(a => a.NetworkId).HasMaxLength(100);
            e.Property(a => a.AuthorPersonId).HasMaxLength(100);
            e.Property(a => a.AuthorEntraObjectId).HasMaxLength(100);
            e.Property(a => a.Title).HasMaxLength(AnnouncementLimits.TitleMaxLength);
            e.Property(a => a.Text).HasMaxLength(AnnouncementLimits.TextMaxLength);
            e.Property(a => a.LinkUrl).HasMaxLength(AnnouncementLimits.LinkMaxLength);
            e.Property(a => a.Audience).HasConversion<string>().HasMaxLength(40);
            e.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(a => new { a.State, a.ScheduledFor });
            e.HasIndex(a => new { a.NetworkId, a.CreatedAt });
        });
        OutboxModel.AddFeature<AnnouncementMessage>(modelBuilder, AnnouncementMessage.Feature);
        modelBuilder.Entity<AnnouncementMessage>(e =>
        {
            e.HasOne<Announcement>().WithMany().HasForeignKey(d => d.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
            OutboxModel.PersonColumn(e.Property(d => d.PersonId));
            e.Property(d => d.RecipientKey).HasMaxLength(300);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => new { d.AnnouncementId, d.RecipientKey }).IsUnique();
            e.HasIndex(d => new { d.AnnouncementId, d.State });
        });
    }
}
