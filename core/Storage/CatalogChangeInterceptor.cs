using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>
/// Tells <see cref="CatalogChangeSignal"/> which catalog rows a save changed: a transaction's just before its commit,
/// as in flight until the commit ends (so no reader can see the commit before it knows what to read again), never
/// for a rollback; a save of one statement outside a transaction (one row: it cannot be seen half done) at once after
/// it. A bulk statement on a catalog table (ExecuteUpdate, ExecuteDelete, SQL) changes its whole kind, in flight
/// while it runs when no transaction holds it. Ledgers, sync state and conversation references change on every send
/// and are not catalog data.
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

    // Contexts are pooled: one given back inside a transaction it never ended keeps that transaction's unsaved
    // changes, which were rolled back with it. A new transaction starts clean.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Started(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Started(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Committing(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Committing(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    // A failed commit may still have committed: its changes stay registered, so readers read those rows again.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Executing(eventData.Context, command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Executing(eventData.Context, command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => StatementEnded(eventData.Context);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        StatementEnded(eventData.Context);
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

    /// <summary>
    /// A statement outside SaveChanges that writes a catalog table: its kind is read again whole. Outside a transaction
    /// it commits by itself, so it is in flight from now until it has run.
    /// </summary>
    private void Executing(DbContext? context, DbCommand command)
    {
        if (context is null || context.Database.CurrentTransaction is not null || _pending.TryGetValue(context, out var saving) && saving.IsSaving) return;
        if (WrittenBy(context, command) is not { } changes) return;
        _pending.GetOrCreateValue(context).StatementTicket = signal.Committing(changes);
    }

    private void Executed(DbContext? context, DbCommand command)
    {
        if (context is null || _pending.TryGetValue(context, out var saving) && saving.IsSaving) return;
        if (context.Database.CurrentTransaction is null)
        {
            StatementEnded(context);
            return;
        }
        if (WrittenBy(context, command) is { } changes) _pending.GetOrCreateValue(context).Committing.AddAll(changes);
    }

    private void StatementEnded(DbContext? context)
    {
        if (PendingOf(context) is not { StatementTicket: { } ticket } pending) return;
        pending.StatementTicket = null;
        signal.Ended(ticket);
    }

    private static CatalogChangeSet? WrittenBy(DbContext context, DbCommand command)
    {
        if (CatalogTables.KindWritten(context.Model, command.CommandText) is not { } written) return null;
        var changes = new CatalogChangeSet();
        if (written.Kind is { } kind) changes.AddWholeKind(kind);
        else changes.AddEverything();
        return changes;
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
        Resolve(pending);
        // A save of more than one statement ran in a transaction of its own, registered at its commit; this one was a
        // single statement, committed by itself.
        if (context!.Database.CurrentTransaction is null && !pending.Committing.IsEmpty)
        {
            signal.Changed(pending.Committing);
            pending.Committing = new CatalogChangeSet();
        }
    }

    /// <summary>The rows saved so far as ids; read after the statements ran, so a new row's id is the database's.</summary>
    private static void Resolve(Pending pending)
    {
        foreach (var row in pending.Saving)
        {
            var (kind, id) = row as Row ?? KindAndIdOf((EntityEntry)row);
            if (kind is null) pending.Committing.AddEverything();
            else if (id is null) pending.Committing.AddWholeKind(kind);
            else pending.Committing.Add(kind, id);
        }
        pending.Saving.Clear();
    }

    private void Committing(DbContext? context)
    {
        if (PendingOf(context) is not { } pending) return;
        Resolve(pending);
        if (pending.Committing.IsEmpty) return;
        pending.CommitTicket = signal.Committing(pending.Committing);
        pending.Committing = new CatalogChangeSet();
    }

    private void Started(DbContext? context)
    {
        if (PendingOf(context) is { } pending) pending.Committing = new CatalogChangeSet();
    }

    private void Ended(DbContext? context)
    {
        if (PendingOf(context) is not { } pending) return;
        pending.Committing = new CatalogChangeSet();
        if (pending.CommitTicket is { } ticket) signal.Ended(ticket);
        pending.CommitTicket = null;
    }

    private Pending? PendingOf(DbContext? context) => context is not null && _pending.TryGetValue(context, out var pending) ? pending : null;

    /// <summary>A part's change as its owner's row, known now; a listed entity's entry, to read its id once the rows are written.</summary>
    private static IEnumerable<object> RowsOf(DbContext context, EntityEntry entry) => entry.Entity switch
    {
        Term term => [new Row(typeof(Body), term.BodyId), new Row(typeof(Body), entry.Property(nameof(Term.BodyId)).OriginalValue)],
        Seat seat => [new Row(typeof(Body), BodyOf(context, seat))],
        PriorityItem => [new Row(typeof(PriorityDocument), entry.Property("PriorityDocumentId").CurrentValue)],
        _ => [entry],
    };

    // A seat's term is tracked when the seat was changed through its body; otherwise every body is re-read.
    private static string? BodyOf(DbContext context, Seat seat) =>
        context.ChangeTracker.Entries<Term>().FirstOrDefault(t => t.Entity.Id == seat.TermId)?.Entity.BodyId;

    /// <summary>An unknown kind of catalog entity yields no kind: everything is re-read.</summary>
    // The entry's current value, not the entity's property: at the commit of a save's own transaction a new row's id
    // is known to the entry, but reaches the entity only after the commit.
    private static Row KindAndIdOf(EntityEntry entry) =>
        CatalogChangeSet.Kinds.Contains(entry.Entity.GetType()) ? new(entry.Entity.GetType(), entry.Property("Id").CurrentValue) : new(null, null);

    /// <summary>A changed row of a listed kind; no id: the whole kind.</summary>
    private sealed record Row(Type? Kind, object? Id);

    private sealed class Pending
    {
        public List<object> Saving { get; } = [];

        /// <summary>Between SavingChanges and SavedChanges: the save's own statements are accounted for by its entries.</summary>
        public bool IsSaving { get; set; }

        public CatalogChangeSet Committing { get; set; } = new();

        /// <summary>The transaction's changes registered as in flight, from just before its commit to its end.</summary>
        public long? CommitTicket { get; set; }

        /// <summary>A bulk statement's changes in flight while it runs outside a transaction.</summary>
        public long? StatementTicket { get; set; }
    }
}
