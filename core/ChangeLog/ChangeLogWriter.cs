using Verkostot.Core.Storage;

namespace Verkostot.Core.ChangeLog;

/// <summary>
/// Adds change log entries to the context that makes the change, so that they are saved in the same transaction:
/// a change is logged exactly when it is made.
/// </summary>
public sealed class ChangeLogWriter(TimeProvider time)
{
    public void Record(VerkostotDbContext db, ChangeActor actor, ChangedKind kind, string entityId, string? networkId, ChangeAction action,
        IEnumerable<string>? fields = null) =>
        Record(db, actor, kind, entityId, networkId, action, string.Join(", ", fields ?? []));

    public void Record(VerkostotDbContext db, ChangeActor actor, ChangedKind kind, string entityId, string? networkId, ChangeAction action, string summary) =>
        db.Add(new ChangeLogEntry
        {
            At = time.GetUtcNow(),
            ActorPersonId = actor.PersonId,
            ActorName = Shorten(actor.Name, ChangeLogModel.NameLength),
            Channel = actor.Channel,
            Kind = kind,
            EntityId = Shorten(entityId, ChangeLogModel.IdLength),
            NetworkId = networkId,
            Action = action,
            Summary = Shorten(summary, ChangeLogModel.SummaryLength),
        });

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
