using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>How the catalog (the domain in <c>core/Domain</c>) is stored: keys, indexes, cascades, and texts in three languages as JSON.</summary>
internal static class CatalogModel
{
    public static void Configure(ModelBuilder model)
    {
        People(model);
        Networks(model);
        Bodies(model);
        Meetings(model);
        Priorities(model);
    }

    /// <summary>Regions, municipalities and people.</summary>
    private static void People(ModelBuilder model)
    {
        model.Entity<Region>(e =>
        {
            e.HasKey(r => r.Id);
            Text(e.Property(r => r.Name));
        });
        model.Entity<Municipality>(e =>
        {
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.NameFi);
        });
        model.Entity<Person>(e =>
        {
            e.HasKey(p => p.Id);
            Text(e.Property(p => p.Title));
            e.Property(p => p.Language).HasConversion<string>().HasMaxLength(10);
            TextList(e.Property(p => p.Responsibilities));
            Source(e.ComplexProperty(p => p.Attribution));
            e.HasIndex(p => p.EntraObjectId);
        });
    }

    /// <summary>Networks and their membership.</summary>
    private static void Networks(ModelBuilder model)
    {
        model.Entity<Network>(e =>
        {
            e.HasKey(n => n.Id);
            Text(e.Property(n => n.Name));
            Text(e.Property(n => n.Description));
            Text(e.Property(n => n.MembershipCriteria));
            Text(e.Property(n => n.MembersRole));
            Text(e.Property(n => n.MeetingCadence));
            TextList(e.Property(n => n.Themes));
            TextList(e.Property(n => n.Channels));
            TextList(e.Property(n => n.Details));
            Source(e.ComplexProperty(n => n.Attribution));
            e.Property(n => n.Sources).HasConversion(LocalizedTextConversions.SourceList, LocalizedTextConversions.SourceListComparer);
            e.HasIndex(n => n.TeamId);
        });
        model.Entity<NetworkMembership>(e =>
        {
            e.HasKey(m => m.Id);
            e.HasIndex(m => new { m.NetworkId, m.PersonId });
        });
        model.Entity<RoleAssignment>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.NetworkId);
            e.HasIndex(r => r.PersonId);
            Source(e.ComplexProperty(r => r.Attribution));
        });
    }

    /// <summary>Bodies (presidium, steering group…), their terms and seats.</summary>
    private static void Bodies(ModelBuilder model)
    {
        model.Entity<Body>(e =>
        {
            e.HasKey(b => b.Id);
            e.HasOne<Network>().WithMany().HasForeignKey(b => b.NetworkId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(b => b.Terms).WithOne().HasForeignKey(t => t.BodyId).OnDelete(DeleteBehavior.Cascade);
            Text(e.Property(b => b.Name));
            Text(e.Property(b => b.Description));
            Text(e.Property(b => b.AppointedBy));
            Text(e.Property(b => b.MembersRole));
            Text(e.Property(b => b.MeetingCadence));
            Source(e.ComplexProperty(b => b.Attribution));
        });
        model.Entity<Term>(e =>
        {
            e.HasKey(t => t.Id);
            e.Property(t => t.SourceId).HasMaxLength(200);
            e.HasMany(t => t.Seats).WithOne().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Seat>(e =>
        {
            e.HasKey(s => s.Id);
            Text(e.Property(s => s.RegionName));
            e.HasIndex(s => new { s.TermId, s.RegionId }).IsUnique();
        });
    }

    private static void Meetings(ModelBuilder model)
    {
        model.Entity<Meeting>(e =>
        {
            e.HasKey(m => m.Id);
            Text(e.Property(m => m.Title));
            Text(e.Property(m => m.Invited));
            e.HasIndex(m => new { m.NetworkId, m.StartsAt });
        });
    }

    /// <summary>Priority documents and their items.</summary>
    private static void Priorities(ModelBuilder model)
    {
        model.Entity<PriorityDocument>(e =>
        {
            e.HasKey(d => d.Id);
            Text(e.Property(d => d.Title));
            Text(e.Property(d => d.ApprovedBy));
            Text(e.Property(d => d.Description));
            Source(e.ComplexProperty(d => d.Attribution));
            e.HasMany(d => d.Items).WithOne().HasForeignKey("PriorityDocumentId").OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PriorityItem>(e =>
        {
            e.HasKey(i => i.Id);
            Text(e.Property(i => i.Heading));
        });
    }

    private static void Text(PropertyBuilder property) => property.HasConversion(LocalizedTextConversions.Text);

    private static void Source(ComplexPropertyBuilder<Attribution> source) =>
        source.Property(s => s.Name).HasConversion((ValueConverter)LocalizedTextConversions.Text);

    private static void TextList(PropertyBuilder property) =>
        property.HasConversion(LocalizedTextConversions.TextList, LocalizedTextConversions.TextListComparer);
}
