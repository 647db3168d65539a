using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Verkostot.Core.Conversations;

namespace Verkostot.Core.Storage;

/// <summary>Bumps <see cref="CatalogChangeSignal"/> after any save that touched catalog entities.</summary>
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

    private static bool TouchesCatalog(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not ConversationReference);
}
