using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Inbox;

/// <summary>The inbox table; applied from VerkostotDbContext.OnModelCreating with one line.</summary>
public static class InboxModel
{
    private const string Unhandled = "\"HandledAt\" IS NULL";

    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<InboxActivity>(e =>
    {
        e.ToTable("InboxActivities");
        e.HasKey(a => a.Id);
        e.Property(a => a.Key).HasMaxLength(64);
        e.Property(a => a.ActivityId).HasMaxLength(InboxStore.MaxActivityIdLength);
        e.HasIndex(a => a.Key).IsUnique();
        e.HasIndex(a => a.ReceivedAt);
        // Both providers quote identifiers with double quotes, so one filter serves both.
        e.HasIndex(a => new { a.Owner, a.ClaimedUntil }).HasFilter(Unhandled);
    });
}
