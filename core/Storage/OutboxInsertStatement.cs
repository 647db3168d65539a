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
/// New outbox rows of one kind written as one INSERT … ON CONFLICT DO NOTHING a few hundred rows at a time, which SQLite
/// and PostgreSQL both take. EF inserts a row a statement on SQLite: 3 600 statements for a sweep planning 3 600
/// reminders. A row another instance planned first (the same unique key) is skipped, not an error: the count says how
/// many were new. Table, columns (the feature's discriminator among them) and value conversions come from the model.
/// </summary>
internal sealed class OutboxInsertStatement<T> where T : OutboxMessage
{
    // At most this many parameters a statement. SQLite finds each named parameter by a search through all of them, so a
    // statement's binding grows with the square of its parameters: 400 rows (8 800 parameters) took a second to bind.
    internal const int MaxParameters = 1_000;

    private static OutboxInsertStatement<T>? _last;

    private readonly string _head;
    private readonly (RelationalTypeMapping Type, Func<T, object?> Value)[] _columns;

    private OutboxInsertStatement(IModel model, ISqlGenerationHelper sql)
    {
        Model = model;
        var entity = model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Every column EF would write, that is all but the key the database numbers.
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        _columns = [.. properties.Select(p => ((RelationalTypeMapping)p.GetRelationalTypeMapping(), ValueOf(entity, p)))];
        _head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
    }

    /// <summary>The model this statement was made for (one per provider).</summary>
    public IModel Model { get; }

    public static OutboxInsertStatement<T> For(DbContext db) =>
        _last is { } known && known.Model == db.Model ? known : _last = new(db.Model, db.GetService<ISqlGenerationHelper>());

    /// <summary>Inserts the rows that are not there yet, in the caller's transaction if there is one.</summary>
    /// <returns>How many were inserted.</returns>
    public async Task<int> InsertAsync(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        var inserted = 0;
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / _columns.Length)))
        {
            var parameters = new List<DbParameter>(chunk.Length * _columns.Length);
            var sql = new StringBuilder(_head, _head.Length + chunk.Length * _columns.Length * 8);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _columns.Length; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@i{parameters.Count}");
                    sql.Append(c == 0 ? "" : ", ").Append(name);
                    parameters.Add(_columns[c].Type.CreateParameter(factory, name, _columns[c].Value(chunk[r]), nullable: true));
                }
                sql.Append(')');
            }
            sql.Append(" ON CONFLICT DO NOTHING");
            inserted += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
        return inserted;
    }

    private static Func<T, object?> ValueOf(IEntityType entity, IProperty property)
    {
        if (property.PropertyInfo is { } info)
        {
            return info.PropertyType == typeof(DateTimeOffset) || info.PropertyType == typeof(DateTimeOffset?)
                // PostgreSQL takes instants in UTC only.
                ? row => ((DateTimeOffset?)info.GetValue(row))?.ToUniversalTime()
                : row => info.GetValue(row);
        }
        if (property == entity.FindDiscriminatorProperty())
        {
            var discriminator = entity.GetDiscriminatorValue();
            return _ => discriminator;
        }
        throw new NotSupportedException($"{entity.DisplayName()}.{property.Name} has no value to insert.");
    }
}
