using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Verkostot.Core.Inbox;

/// <summary>
/// The group commit's two statements, written as SQL that SQLite (3.35+) and PostgreSQL both take: one multi-row
/// INSERT … ON CONFLICT DO NOTHING RETURNING for the arrivals (a repeated key is skipped by the database itself, also
/// when another instance stores it at the same moment), one UPDATE for the completions. Through EF's change tracker
/// the same commit cost a look-up query and most of what the request path allocated. Table, column names and value
/// conversions come from the model, so the statements store what EF would.
/// </summary>
internal sealed class InboxStatements
{
    private readonly string _table;
    private readonly string _id, _key, _activityId, _receivedAt, _payload, _owner, _claimedUntil, _handledAt;
    private readonly RelationalTypeMapping _idType, _keyType, _activityIdType, _timeType, _payloadType, _ownerType, _claimedUntilType;
    private readonly Func<int, string> _insertText, _markHandledText;

    private InboxStatements(IModel model, ISqlGenerationHelper sql)
    {
        Model = model;
        var entity = model.FindEntityType(typeof(InboxActivity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        (_id, _idType) = Column(entity, table, sql, nameof(InboxActivity.Id));
        (_key, _keyType) = Column(entity, table, sql, nameof(InboxActivity.Key));
        (_activityId, _activityIdType) = Column(entity, table, sql, nameof(InboxActivity.ActivityId));
        (_receivedAt, _timeType) = Column(entity, table, sql, nameof(InboxActivity.ReceivedAt));
        (_payload, _payloadType) = Column(entity, table, sql, nameof(InboxActivity.Payload));
        (_owner, _ownerType) = Column(entity, table, sql, nameof(InboxActivity.Owner));
        (_claimedUntil, _claimedUntilType) = Column(entity, table, sql, nameof(InboxActivity.ClaimedUntil));
        (_handledAt, _) = Column(entity, table, sql, nameof(InboxActivity.HandledAt));
        _insertText = InsertText;
        _markHandledText = MarkHandledText;
    }

    /// <summary>The model these statements were made for (one per provider).</summary>
    public IModel Model { get; }

    public static InboxStatements For(DbContext db) =>
        new(db.Model, db.GetService<ISqlGenerationHelper>());

    /// <summary>Marks the rows handled and drops what only handling needed (the payload, the claim).</summary>
    public async Task MarkHandledAsync(DbTransaction transaction, InboxCommands commands, IReadOnlyCollection<long> ids,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (command, kept) = commands.MarkHandled(transaction, ids.Count, _markHandledText);
        try
        {
            command.Parameters.Add(_timeType.CreateParameter(command, "@now", now, nullable: true));
            var i = 0;
            foreach (var id in ids)
            {
                command.Parameters.Add(_idType.CreateParameter(command, ParameterNames.Of('h', i++), id, nullable: false));
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (!kept)
            {
                await command.DisposeAsync();
            }
        }
    }

    private string MarkHandledText(int rows)
    {
        var text = new StringBuilder(64 + rows * 8)
            .Append("UPDATE ").Append(_table).Append(" SET ")
            .Append(_handledAt).Append(" = @now, ").Append(_payload).Append(" = NULL, ")
            .Append(_owner).Append(" = NULL, ").Append(_claimedUntil).Append(" = NULL WHERE ").Append(_id).Append(" IN (");
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(ParameterNames.Of('h', i));
        }
        return text.Append(')').ToString();
    }

    /// <summary>
    /// Inserts the arrivals whose key is not stored yet (the first of a key repeated in the batch); sets their ids and
    /// returns which were stored.
    /// </summary>
    public async Task<bool[]> InsertAsync(DbTransaction transaction, InboxCommands commands, IReadOnlyList<InboxActivity> arrivals,
        CancellationToken cancellationToken)
    {
        var (command, kept) = commands.Insert(transaction, arrivals.Count, _insertText);
        try
        {
            var firstOfKey = new Dictionary<string, int>(arrivals.Count, StringComparer.Ordinal);
            var n = 0;
            foreach (var i in InKeyOrder(arrivals))
            {
                var a = arrivals[i];
                firstOfKey.TryAdd(a.Key, i);
                command.Parameters.Add(_keyType.CreateParameter(command, ParameterNames.Of('k', n), a.Key, nullable: false));
                command.Parameters.Add(_activityIdType.CreateParameter(command, ParameterNames.Of('a', n), a.ActivityId, nullable: true));
                command.Parameters.Add(_timeType.CreateParameter(command, ParameterNames.Of('r', n), a.ReceivedAt, nullable: false));
                command.Parameters.Add(_payloadType.CreateParameter(command, ParameterNames.Of('p', n), a.Payload, nullable: true));
                command.Parameters.Add(_ownerType.CreateParameter(command, ParameterNames.Of('o', n), a.Owner, nullable: true));
                command.Parameters.Add(_claimedUntilType.CreateParameter(command, ParameterNames.Of('c', n), a.ClaimedUntil, nullable: true));
                n++;
            }

            var stored = new bool[arrivals.Count];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var i = firstOfKey[reader.GetString(1)];
                arrivals[i].Id = reader.GetInt64(0);
                stored[i] = true;
            }
            return stored;
        }
        finally
        {
            if (!kept)
            {
                await command.DisposeAsync();
            }
        }
    }

    // The rows' parameters are numbered in the order they are written (key order), so the text depends only on
    // how many there are.
    private string InsertText(int rows)
    {
        var text = new StringBuilder(160 + rows * 48)
            .Append("INSERT INTO ").Append(_table).Append(" (")
            .Append(_key).Append(", ").Append(_activityId).Append(", ").Append(_receivedAt).Append(", ")
            .Append(_payload).Append(", ").Append(_owner).Append(", ").Append(_claimedUntil).Append(") VALUES ");
        for (var n = 0; n < rows; n++)
        {
            text.Append(n == 0 ? "(" : ", (")
                .Append(ParameterNames.Of('k', n)).Append(", ").Append(ParameterNames.Of('a', n)).Append(", ")
                .Append(ParameterNames.Of('r', n)).Append(", ").Append(ParameterNames.Of('p', n)).Append(", ")
                .Append(ParameterNames.Of('o', n)).Append(", ").Append(ParameterNames.Of('c', n)).Append(')');
        }
        return text.Append(" ON CONFLICT (").Append(_key).Append(") DO NOTHING RETURNING ")
            .Append(_id).Append(", ").Append(_key).ToString();
    }

    /// <summary>
    /// The arrivals' positions in key order (a key repeated keeps its first position first). A key being inserted by
    /// another instance's open transaction makes this one wait for it; two instances given the same activities in
    /// different orders would each hold a key the other waits for, a deadlock. In one order, whoever holds the lower
    /// key goes on.
    /// </summary>
    private static IEnumerable<int> InKeyOrder(IReadOnlyList<InboxActivity> arrivals) =>
        Enumerable.Range(0, arrivals.Count).OrderBy(i => arrivals[i].Key, StringComparer.Ordinal);

    private static (string Name, RelationalTypeMapping Type) Column(IEntityType entity, StoreObjectIdentifier table,
        ISqlGenerationHelper sql, string property)
    {
        var p = entity.FindProperty(property)!;
        return (sql.DelimitIdentifier(p.GetColumnName(table)!), (RelationalTypeMapping)p.GetRelationalTypeMapping());
    }
}
