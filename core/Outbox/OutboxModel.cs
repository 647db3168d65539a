using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verkostot.Core.Outbox;

/// <summary>
/// The outbox table, applied from the context's OnModelCreating before the features, which add their row types
/// (one table, told apart by the <see cref="FeatureColumn"/>).
/// </summary>
public static class OutboxModel
{
    public const string Table = "Outbox";
    public const string FeatureColumn = "Feature";

    public static void Configure(ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable(Table);
            e.HasKey(m => m.Id);
            e.HasDiscriminator<string>(FeatureColumn);
            e.Property<string>(FeatureColumn).HasMaxLength(20);
            e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.LastError).HasMaxLength(OutboxOutcome.ReasonMaxLength);
            e.HasIndex(m => new { m.State, m.DueAt });
        });
    }

    /// <summary>Adds a feature's row type, stored with <paramref name="feature"/> in the <see cref="FeatureColumn"/>.</summary>
    public static void AddFeature<T>(ModelBuilder model, string feature) where T : OutboxMessage =>
        model.Entity<OutboxMessage>().HasDiscriminator<string>(FeatureColumn).HasValue<T>(feature);

    /// <summary>The person a row goes to: one column shared by the features' row types.</summary>
    public static void PersonColumn<T>(PropertyBuilder<T> property) =>
        property.HasColumnName(PersonColumnName).HasMaxLength(200);

    /// <summary>Whom row <paramref name="id"/> goes to, whichever feature's it is; null for no such row or a channel post.</summary>
    public static async Task<string?> PersonOfAsync(Storage.VerkostotDbContext db, long id, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<string?>($"SELECT \"{PersonColumnName}\" AS \"Value\" FROM \"{Table}\" WHERE \"Id\" = {{0}}", id)
            .ToListAsync(cancellationToken)).FirstOrDefault();

    private const string PersonColumnName = "PersonId";
}
