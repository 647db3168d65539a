using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Storage;

/// <summary>
/// Records the outcomes of many claimed outbox rows in one UPDATE … FROM (VALUES …) RETURNING, which SQLite (3.35+) and
/// PostgreSQL both take: each row with its own outcome, and still only where this claim holds the row (its token, still
/// Sending). One conditional UPDATE a row cost a statement each, 3 600 in a sweep of 3 600 reminders. Column names and
/// value conversions come from the model.
/// </summary>
internal sealed class OutboxSettleStatement
{
    // The values of one row in the VALUES list (v.column1 … v.column11 below).
    private const int ValuesPerRow = 11;

    /// <summary>Rows a statement: within the same parameter budget as <see cref="OutboxInsertStatement{T}"/>.</summary>
    public const int MaxPerStatement = OutboxInsertStatement<OutboxMessage>.MaxParameters / ValuesPerRow;

    // What a row's attempts become (Attempts): kept, restarted for a handover to another channel, or given back.
    private const int AttemptsKept = 0;
    private const int AttemptsRestarted = 1;
    private const int AttemptsGivenBack = 2;

    private static OutboxSettleStatement? _last;

    private readonly string _table;
    private readonly Dictionary<string, (string Name, RelationalTypeMapping Type)> _columns;
    private readonly RelationalTypeMapping _number;
    private readonly string _update;
    private readonly string _where;

    private OutboxSettleStatement(IModel model, ISqlGenerationHelper sql, IRelationalTypeMappingSource mappings)
    {
        Model = model;
        var entity = model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        _columns = new[]
        {
            nameof(OutboxMessage.Id), nameof(OutboxMessage.State), nameof(OutboxMessage.RetryAt), nameof(OutboxMessage.CompletedAt),
            nameof(OutboxMessage.ConversationId), nameof(OutboxMessage.ActivityId), nameof(OutboxMessage.LastError),
            nameof(OutboxMessage.Channel), nameof(OutboxMessage.ClaimToken), nameof(OutboxMessage.Attempts), nameof(OutboxMessage.LeaseUntil),
        }.ToDictionary(p => p, p =>
        {
            var property = entity.FindProperty(p)!;
            return (sql.DelimitIdentifier(property.GetColumnName(table)!), (RelationalTypeMapping)property.GetRelationalTypeMapping());
        });
        _number = mappings.FindMapping(typeof(int))!;
        // The statement around the rows' VALUES is the same every time.
        var target = _table;
        var update = new StringBuilder(512)
            .Append("UPDATE ").Append(target).Append(" SET ")
            .Append(C(nameof(OutboxMessage.State))).Append(" = v.column3, ")
            .Append(C(nameof(OutboxMessage.ClaimToken))).Append(" = NULL, ")
            .Append(C(nameof(OutboxMessage.LeaseUntil))).Append(" = NULL, ")
            .Append(C(nameof(OutboxMessage.RetryAt))).Append(" = v.column4, ")
            .Append(C(nameof(OutboxMessage.CompletedAt))).Append(" = v.column5, ")
            .Append(C(nameof(OutboxMessage.ConversationId))).Append(" = v.column6, ")
            .Append(C(nameof(OutboxMessage.ActivityId))).Append(" = v.column7, ")
            .Append(C(nameof(OutboxMessage.LastError))).Append(" = CASE WHEN v.column8 = 1 THEN ").Append(target).Append('.').Append(C(nameof(OutboxMessage.LastError))).Append(" ELSE v.column9 END, ")
            .Append(C(nameof(OutboxMessage.Channel))).Append(" = COALESCE(v.column10, ").Append(target).Append('.').Append(C(nameof(OutboxMessage.Channel))).Append("), ")
            .Append(C(nameof(OutboxMessage.Attempts))).Append(" = CASE v.column11")
            .Append(CultureInfo.InvariantCulture, $" WHEN {AttemptsRestarted} THEN 0 WHEN {AttemptsGivenBack} THEN ").Append(target).Append('.').Append(C(nameof(OutboxMessage.Attempts))).Append(" - 1")
            .Append(" ELSE ").Append(target).Append('.').Append(C(nameof(OutboxMessage.Attempts))).Append(" END")
            .Append(" FROM (VALUES ");
        _update = update.ToString();
        _where = new StringBuilder(256).Append(") AS v")
            .Append(" WHERE ").Append(target).Append('.').Append(C(nameof(OutboxMessage.Id))).Append(" = v.column1")
            .Append(" AND ").Append(target).Append('.').Append(C(nameof(OutboxMessage.ClaimToken))).Append(" = v.column2")
            .Append(" AND ").Append(target).Append('.').Append(C(nameof(OutboxMessage.State))).Append(" = @sending")
            // Unqualified: SQLite's RETURNING names only the updated table's columns, which v's do not clash with.
            .Append(" RETURNING ").Append(C(nameof(OutboxMessage.Id))).Append(" AS \"Value\"")
            .ToString();

        string C(string property) => _columns[property].Name;
    }

    /// <summary>The model this statement was made for (one per provider).</summary>
    public IModel Model { get; }

    public static OutboxSettleStatement For(DbContext db) =>
        _last is { } known && known.Model == db.Model
            ? known
            : _last = new(db.Model, db.GetService<ISqlGenerationHelper>(), db.GetService<IRelationalTypeMappingSource>());

    /// <summary>Records each row's outcome where its claim still holds, in the caller's transaction.</summary>
    /// <returns>The ids of the rows recorded.</returns>
    public async Task<HashSet<long>> SettleAsync(DbContext db, IReadOnlyList<(OutboxMessage Row, OutboxOutcome Outcome)> settled, DateTimeOffset now)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>(settled.Count * ValuesPerRow + 1);
        var values = new StringBuilder(settled.Count * 120);
        foreach (var (row, outcome) in settled)
        {
            var handedBack = outcome is { State: OutboxState.Pending, Attempted: false };
            values.Append(parameters.Count == 0 ? "(" : ", (");
            Add(nameof(OutboxMessage.Id), row.Id);
            Add(nameof(OutboxMessage.ClaimToken), row.ClaimToken);
            Add(nameof(OutboxMessage.State), outcome.State);
            Add(nameof(OutboxMessage.RetryAt), outcome.RetryAt?.ToUniversalTime());
            Add(nameof(OutboxMessage.CompletedAt), outcome.State is OutboxState.Pending ? null : now.ToUniversalTime());
            Add(nameof(OutboxMessage.ConversationId), outcome.Sent?.ConversationId);
            Add(nameof(OutboxMessage.ActivityId), outcome.Sent?.ActivityId);
            // A row handed back keeps the reason of its last real attempt.
            Add(null, handedBack ? 1 : 0);
            Add(nameof(OutboxMessage.LastError), outcome.Reason);
            Add(nameof(OutboxMessage.Channel), outcome.Channel);
            // Attempts count per channel: a row handed over to e-mail gets e-mail's full share of retries.
            Add(null, outcome.IsHandover ? AttemptsRestarted : outcome.Attempted ? AttemptsKept : AttemptsGivenBack);
            values.Append(')');
        }
        var sql = new StringBuilder(_update.Length + values.Length + _where.Length).Append(_update).Append(values).Append(_where);
        parameters.Add(_columns[nameof(OutboxMessage.State)].Type.CreateParameter(factory, "@sending", OutboxState.Sending, nullable: false));
        var recorded = await db.Database.SqlQueryRaw<long>(sql.ToString(), [.. parameters]).ToListAsync(CancellationToken.None);
        return [.. recorded];

        void Add(string? property, object? value)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@s{parameters.Count}");
            var type = property is null ? _number : _columns[property].Type;
            values.Append(parameters.Count % ValuesPerRow == 0 ? "" : ", ").Append(name);
            parameters.Add(type.CreateParameter(factory, name, value, nullable: true));
        }
    }
}
