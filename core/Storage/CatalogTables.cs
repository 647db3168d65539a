using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>
/// Which catalog kind a SQL statement writes, read from its first words (<c>UPDATE "Seats"</c>, <c>DELETE FROM
/// "Meetings"</c>, <c>INSERT INTO "People"</c>): the tables of terms and seats are their bodies', the items' their
/// documents'. A statement on any other table is not a catalog change.
/// </summary>
internal static class CatalogTables
{
    private static readonly ConcurrentDictionary<IModel, Dictionary<string, Written>> Tables = new();

    /// <summary>The kind written, null Kind for a catalog table of no listed kind (everything is read again), or null.</summary>
    public static Written? KindWritten(IModel model, string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var verb = text.StartsWith("UPDATE ", StringComparison.OrdinalIgnoreCase) ? "UPDATE "
            : text.StartsWith("DELETE FROM ", StringComparison.OrdinalIgnoreCase) ? "DELETE FROM "
            : text.StartsWith("INSERT INTO ", StringComparison.OrdinalIgnoreCase) ? "INSERT INTO "
            : null;
        if (verb is null) return null;
        var target = text[verb.Length..].TrimStart();
        var end = target.IndexOfAny(' ', '\n', '(');
        var table = (end < 0 ? target : target[..end]).Trim('"').ToString();
        return Of(model).TryGetValue(table, out var written) ? written : null;
    }

    private static Dictionary<string, Written> Of(IModel model) => Tables.GetOrAdd(model, m => m.GetEntityTypes()
        .Where(e => e.ClrType.Namespace == typeof(Network).Namespace && e.GetTableName() is not null && !e.IsOwned())
        .DistinctBy(e => e.GetTableName())
        .ToDictionary(e => e.GetTableName()!, e => new Written(KindOf(e.ClrType)), StringComparer.OrdinalIgnoreCase));

    private static Type? KindOf(Type type) =>
        type == typeof(Term) || type == typeof(Seat) ? typeof(Body)
        : type == typeof(PriorityItem) ? typeof(PriorityDocument)
        : CatalogChangeSet.Kinds.Contains(type) ? type
        : null;

    internal sealed record Written(Type? Kind);
}
