using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.GraphAccess;

/// <summary>The Graph access table, applied from the context's OnModelCreating.</summary>
public static class GraphAccessModel
{
    public static void Configure(ModelBuilder model) =>
        model.Entity<GraphAccessState>(e =>
        {
            e.ToTable("GraphAccess");
            e.HasKey(s => s.Feature);
            e.Property(s => s.Feature).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Problem).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Detail).HasMaxLength(300);
        });
}
