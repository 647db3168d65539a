using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verkostot.Core.Roster;

public sealed class RosterSyncStateConfiguration : IEntityTypeConfiguration<RosterSyncState>
{
    public void Configure(EntityTypeBuilder<RosterSyncState> builder)
    {
        builder.ToTable("RosterSyncStates");
        builder.HasKey(s => s.NetworkId);
        builder.Property(s => s.NetworkId).HasMaxLength(100);
        builder.Property(s => s.GroupId).HasMaxLength(100);
        builder.Property(s => s.LeaseHolder).HasMaxLength(100);
        builder.Property(s => s.CredentialProblem).HasConversion<string>().HasMaxLength(40);
    }
}
