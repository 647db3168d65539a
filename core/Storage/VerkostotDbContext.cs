using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;

namespace Verkostot.Core.Storage;

/// <summary>
/// The database of networks, people, meetings and conversation references. Each provider has its own derived
/// context (<see cref="SqliteVerkostotDbContext"/>, <see cref="PostgresVerkostotDbContext"/>) so that each keeps
/// its own migrations; code elsewhere depends on this base type only.
/// </summary>
public abstract class VerkostotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Seat> Seats => Set<Seat>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<NetworkMembership> NetworkMemberships => Set<NetworkMembership>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<PriorityDocument> PriorityDocuments => Set<PriorityDocument>();
    public DbSet<PriorityItem> PriorityItems => Set<PriorityItem>();
    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as names: readable in the database and safe against reordering the enum members.
        configurationBuilder.Properties<BodyKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<NetworkKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<MeetingKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MunicipalityLanguage>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Role>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Region>(e =>
        {
            e.HasKey(r => r.Id);
            Text(e.Property(r => r.Name));
        });
        modelBuilder.Entity<Municipality>(e =>
        {
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.NameFi);
        });
        modelBuilder.Entity<Person>(e =>
        {
            e.HasKey(p => p.Id);
            Text(e.Property(p => p.Title));
            e.Property(p => p.Language).HasConversion<string>().HasMaxLength(10);
            TextList(e.Property(p => p.Responsibilities));
            Source(e.ComplexProperty(p => p.Attribution));
            e.HasIndex(p => p.EntraObjectId);
        });
        modelBuilder.Entity<Network>(e =>
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
        modelBuilder.Entity<Body>(e =>
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
        modelBuilder.Entity<Term>(e =>
        {
            e.HasKey(t => t.Id);
            e.Property(t => t.SourceId).HasMaxLength(200);
            e.HasMany(t => t.Seats).WithOne().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Seat>(e =>
        {
            e.HasKey(s => s.Id);
            Text(e.Property(s => s.RegionName));
            e.HasIndex(s => new { s.TermId, s.RegionId }).IsUnique();
        });
        modelBuilder.Entity<RoleAssignment>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.NetworkId);
            e.HasIndex(r => r.PersonId);
            Source(e.ComplexProperty(r => r.Attribution));
        });
        modelBuilder.Entity<NetworkMembership>(e =>
        {
            e.HasKey(m => m.Id);
            e.HasIndex(m => new { m.NetworkId, m.PersonId });
        });
        modelBuilder.Entity<Meeting>(e =>
        {
            e.HasKey(m => m.Id);
            Text(e.Property(m => m.Title));
            Text(e.Property(m => m.Invited));
            e.HasIndex(m => new { m.NetworkId, m.StartsAt });
        });
        modelBuilder.Entity<PriorityDocument>(e =>
        {
            e.HasKey(d => d.Id);
            Text(e.Property(d => d.Title));
            Text(e.Property(d => d.ApprovedBy));
            Text(e.Property(d => d.Description));
            Source(e.ComplexProperty(d => d.Attribution));
            e.HasMany(d => d.Items).WithOne().HasForeignKey("PriorityDocumentId").OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PriorityItem>(e =>
        {
            e.HasKey(i => i.Id);
            Text(e.Property(i => i.Heading));
        });
        modelBuilder.Entity<ConversationReference>(e =>
        {
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.ConversationId).IsUnique();
            e.HasIndex(c => c.UserAadObjectId);
            e.HasIndex(c => c.TeamId);
        });
        Outbox.OutboxModel.Configure(modelBuilder);
        Reminders.RemindersModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new RosterSyncStateConfiguration());
        Announcements.AnnouncementsModel.Apply(modelBuilder);
        ChangeLog.ChangeLogModel.Configure(modelBuilder);
        Inbox.InboxModel.Apply(modelBuilder);
        Email.EmailModel.Configure(modelBuilder);
        GraphAccess.GraphAccessModel.Configure(modelBuilder);
        PersonalInstallationModel.Configure(modelBuilder);
    }

    private static void Text(PropertyBuilder property) => property.HasConversion(LocalizedTextConversions.Text);

    private static void Source(ComplexPropertyBuilder<Attribution> source) =>
        source.Property(s => s.Name).HasConversion((ValueConverter)LocalizedTextConversions.Text);

    private static void TextList(PropertyBuilder property) =>
        property.HasConversion(LocalizedTextConversions.TextList, LocalizedTextConversions.TextListComparer);
}
