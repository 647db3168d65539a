using Microsoft.EntityFrameworkCore;
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
        CatalogModel.Configure(modelBuilder);
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
        Announcements.AnnouncementsModel.Configure(modelBuilder);
        ChangeLog.ChangeLogModel.Configure(modelBuilder);
        Inbox.InboxModel.Configure(modelBuilder);
        Email.EmailModel.Configure(modelBuilder);
        GraphAccess.GraphAccessModel.Configure(modelBuilder);
        Questions.Unanswered.UnansweredQuestionsModel.Configure(modelBuilder);
        PersonalInstallationModel.Configure(modelBuilder);
        Core.Meetings.Outlook.OutlookMeetingsModel.Configure(modelBuilder);
    }
}
