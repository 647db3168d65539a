using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Verkostot.Core.Conversations;

namespace Verkostot.Core.Storage;

/// <summary>
/// Conversation references written as one INSERT … ON CONFLICT DO UPDATE, which SQLite (3.24+) and PostgreSQL both
/// take: no look-up query, no change tracking, and no race between two instances inserting the same new conversation.
/// Through EF's change tracker a burst of new conversations cost a query and a tracked entity each. The user, team,
/// channel and locale keep their last known value when the new reference has none (a channel's reference is refreshed
/// by whoever spoke last). Table, column names and value conversions come from the model.
/// </summary>
internal sealed class ConversationReferenceUpsert
{
    // Replaced by the newer reference; the rest keep their last known value when the newer one has none.
    private static readonly (string Property, bool KeptWhenMissing, Func<ConversationReference, object?> Value)[] Columns =
    [
        (nameof(ConversationReference.ConversationId), false, r => r.ConversationId),
        (nameof(ConversationReference.ConversationType), false, r => r.ConversationType),
        (nameof(ConversationReference.ServiceUrl), false, r => r.ServiceUrl),
        (nameof(ConversationReference.ChannelId), false, r => r.ChannelId),
        (nameof(ConversationReference.TenantId), false, r => r.TenantId),
        (nameof(ConversationReference.BotId), false, r => r.BotId),
        (nameof(ConversationReference.UpdatedAt), false, r => r.UpdatedAt.ToUniversalTime()),
        (nameof(ConversationReference.UserId), true, r => r.UserId),
        (nameof(ConversationReference.UserName), true, r => r.UserName),
        (nameof(ConversationReference.UserAadObjectId), true, r => r.UserAadObjectId),
        (nameof(ConversationReference.TeamId), true, r => r.TeamId),
        (nameof(ConversationReference.TeamsChannelId), true, r => r.TeamsChannelId),
        (nameof(ConversationReference.Locale), true, r => r.Locale),
    ];

    private readonly string _table;
    private readonly (string Name, RelationalTypeMapping Type)[] _columns;
    private readonly string _onConflict;

    private ConversationReferenceUpsert(IModel model, ISqlGenerationHelper sql)
    {
        Model = model;
        var entity = model.FindEntityType(typeof(ConversationReference))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        _columns = [.. Columns.Select(c => Column(entity, table, sql, c.Property))];
        var set = Columns.Select((c, i) => (c.KeptWhenMissing, Name: _columns[i].Name)).Skip(1)
            .Select(c => c.KeptWhenMissing ? $"{c.Name} = COALESCE(excluded.{c.Name}, {_table}.{c.Name})" : $"{c.Name} = excluded.{c.Name}");
        _onConflict = $" ON CONFLICT ({_columns[0].Name}) DO UPDATE SET {string.Join(", ", set)}";
    }

    /// <summary>The model this statement was made for (one per provider).</summary>
    public IModel Model { get; }

    public static ConversationReferenceUpsert For(DbContext db) => new(db.Model, db.GetService<ISqlGenerationHelper>());

    /// <summary>
    /// Inserts or refreshes each reference, with its own UpdatedAt; at most one per conversation id (the statement cannot
    /// touch a row twice).
    /// </summary>
    public async Task UpsertAsync(DbContext db, IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder(256 + references.Count * 16 * _columns.Length)
            .Append("INSERT INTO ").Append(_table).Append(" (").AppendJoin(", ", _columns.Select(c => c.Name)).Append(") VALUES ");
        var row = 0;
        foreach (var reference in references)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var i = 0; i < _columns.Length; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@r{row}c{i}");
                text.Append(i == 0 ? "" : ", ").Append(name);
                command.Parameters.Add(_columns[i].Type.CreateParameter(command, name, Columns[i].Value(reference), nullable: true));
            }
            text.Append(')');
            row++;
        }
        command.CommandText = text.Append(_onConflict).ToString();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static (string Name, RelationalTypeMapping Type) Column(IEntityType entity, StoreObjectIdentifier table,
        ISqlGenerationHelper sql, string property)
    {
        var p = entity.FindProperty(property)!;
        return (sql.DelimitIdentifier(p.GetColumnName(table)!), (RelationalTypeMapping)p.GetRelationalTypeMapping());
    }
}
