using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostot.Core.Storage;

/// <summary>
/// Bumps <see cref="CatalogChangeSignal"/> after a save that touched what the catalog holds: the domain entities.
/// Ledgers, sync state and conversation references change on every send and must not reload the catalog.
/// </summary>
internal sealed class CatalogChangeInterceptor(CatalogChangeSignal signal) : SaveChangesInterceptor
{
    private readonly AsyncLocal<bool> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        pending.Value = TouchesCatalog(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        pending.Value = TouchesCatalog(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal();
        return ValueTask.FromResult(result);
    }

    private void Signal()
    {
        if (pending.Value) signal.Changed();
        pending.Value = false;
    }

    private static readonly string? CatalogNamespace = typeof(Domain.Network).Namespace;

    private static bool TouchesCatalog(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity.GetType().Namespace == CatalogNamespace);
}
