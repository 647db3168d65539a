using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.ChangeLog;

/// <summary>The change log table, applied from the context's OnModelCreating.</summary>
public static class ChangeLogModel
{
    public const int NameLength = 200;
    public const int IdLength = 300;
    public const int SummaryLength = 500;

    public static void Configure(ModelBuilder model) => model.Entity<ChangeLogEntry>(e =>
    {
        e.ToTable("ChangeLog");
        e.HasKey(c => c.Id);
        e.Property(c => c.ActorPersonId).HasMaxLength(200);
        e.Property(c => c.ActorName).HasMaxLength(NameLength);
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(c => c.EntityId).HasMaxLength(IdLength);
        e.Property(c => c.NetworkId).HasMaxLength(200);
        e.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Summary).HasMaxLength(SummaryLength);
        e.HasIndex(c => new { c.NetworkId, c.Id });
        e.HasIndex(c => new { c.Kind, c.EntityId });
        e.HasIndex(c => c.ActorPersonId);
    });
}
