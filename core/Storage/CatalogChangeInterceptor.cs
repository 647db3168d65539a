using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>
/// Tells <see cref="CatalogChangeSignal"/> which catalog rows a save changed, once they are committed: at once after a
/// save outside a transaction, at the commit of one inside it, never for a rollback. A bulk statement on a catalog
/// table (ExecuteUpdate, ExecuteDelete, SQL) changes its whole kind. Ledgers, sync state and conversation references
/// change on every send and are not catalog data.
/// </summary>
internal sealed class CatalogChangeInterceptor(CatalogChangeSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly string? CatalogNamespace = typeof(Network).Namespace;

    // One context is used by one flow at a time, so its pending changes need no lock.
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (PendingOf(eventData.Context) is not { } pending) return;
        pending.Saving.Clear();
        pending.IsSaving = false;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    // Contexts are pooled: one given back inside a transaction it never ended keeps that transaction's changes, which
    // were rolled back with it. A new transaction starts clean.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Executed(eventData.Context, command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Executed(eventData.Context, command);
        return ValueTask.FromResult(result);
    }

    /// <summary>A statement outside SaveChanges that writes a catalog table: its kind is read again whole.</summary>
    private void Executed(DbContext? context, DbCommand command)
    {
        if (context is null || _pending.TryGetValue(context, out var saving) && saving.IsSaving) return;
        if (CatalogTables.KindWritten(context.Model, command.CommandText) is not { } written) return;
        var pending = _pending.GetOrCreateValue(context);
        if (written.Kind is { } kind) pending.Committing.AddWholeKind(kind);
        else pending.Committing.AddEverything();
        if (context.Database.CurrentTransaction is null) Publish(context);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        _pending.GetOrCreateValue(context).IsSaving = true;
        List<object>? saving = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity.GetType().Namespace != CatalogNamespace) continue;
            saving ??= _pending.GetOrCreateValue(context).Saving;
            saving.AddRange(RowsOf(context, entry));
        }
    }

    private void Saved(DbContext? context)
    {
        if (PendingOf(context) is not { } pending) return;
        pending.IsSaving = false;
        // Read after the save: a new row's id is the one the database gave it.
        foreach (var row in pending.Saving)
        {
            var (kind, id) = row as Row ?? KindAndIdOf(row);
            if (kind is null) pending.Committing.AddEverything();
            else if (id is null) pending.Committing.AddWholeKind(kind);
            else pending.Committing.Add(kind, id);
        }
        pending.Saving.Clear();
        if (context!.Database.CurrentTransaction is null) Publish(context);
    }

    private void Publish(DbContext? context)
    {
        if (PendingOf(context) is not { } pending || pending.Committing.IsEmpty) return;
        signal.Changed(pending.Committing);
        pending.Committing = new CatalogChangeSet();
    }

    private void Forget(DbContext? context)
    {
        if (PendingOf(context) is { } pending) pending.Committing = new CatalogChangeSet();
    }

    private Pending? PendingOf(DbContext? context) => context is not null && _pending.TryGetValue(context, out var pending) ? pending : null;

    /// <summary>A part's change as its owner's row, known now; a listed entity itself, to read its id after the save.</summary>
    private static IEnumerable<object> RowsOf(DbContext context, EntityEntry entry) => entry.Entity switch
    {
        Term term => [new Row(typeof(Body), term.BodyId), new Row(typeof(Body), entry.Property(nameof(Term.BodyId)).OriginalValue)],
        Seat seat => [new Row(typeof(Body), BodyOf(context, seat))],
        PriorityItem => [new Row(typeof(PriorityDocument), entry.Property("PriorityDocumentId").CurrentValue)],
        _ => [entry.Entity],
    };

    // A seat's term is tracked when the seat was changed through its body; otherwise every body is re-read.
    private static string? BodyOf(DbContext context, Seat seat) =>
        context.ChangeTracker.Entries<Term>().FirstOrDefault(t => t.Entity.Id == seat.TermId)?.Entity.BodyId;

    /// <summary>An unknown kind of catalog entity yields no kind: everything is re-read.</summary>
    private static Row KindAndIdOf(object entity) => entity switch
    {
        Region r => new(typeof(Region), r.Id),
        Municipality m => new(typeof(Municipality), m.Id),
        Person p => new(typeof(Person), p.Id),
        Network n => new(typeof(Network), n.Id),
        Body b => new(typeof(Body), b.Id),
        RoleAssignment r => new(typeof(RoleAssignment), r.Id),
        NetworkMembership m => new(typeof(NetworkMembership), m.Id),
        Meeting m => new(typeof(Meeting), m.Id),
        PriorityDocument d => new(typeof(PriorityDocument), d.Id),
        _ => new(null, null),
    };

    /// <summary>A changed row of a listed kind; no id: the whole kind.</summary>
    private sealed record Row(Type? Kind, object? Id);

    private sealed class Pending
    {
        public List<object> Saving { get; } = [];

        /// <summary>Between SavingChanges and SavedChanges: the save's own statements are accounted for by its entries.</summary>
        public bool IsSaving { get; set; }

        public CatalogChangeSet Committing { get; set; } = new();
    }
}
