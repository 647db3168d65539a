using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Conversations;

/// <summary>The installation outcomes table, applied from the context's OnModelCreating.</summary>
public static class PersonalInstallationModel
{
    public static void Configure(ModelBuilder model) =>
        model.Entity<PersonalInstallation>(e =>
        {
            e.ToTable("PersonalInstallations");
            e.HasKey(i => i.AadObjectId);
            e.Property(i => i.AadObjectId).HasMaxLength(100);
            e.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.LastError).HasMaxLength(200);
        });
}
