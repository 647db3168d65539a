namespace Verkostot.Core.ChangeLog;

/// <summary>
/// One change to the network data: who made it, when, through which channel, and to what (a kind, an id and the
/// names of the fields that changed). Never the values: no message text, no personal data beyond the actor and ids.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The person who made the change; null for the bot's own work (roster sync) and the import command.</summary>
    public string? ActorPersonId { get; set; }
    /// <summary>How to show the actor: the person's name, "Roster sync", or the operator who ran the import.</summary>
    public required string ActorName { get; set; }
    public ChangeChannel Channel { get; set; }
    public ChangedKind Kind { get; set; }
    /// <summary>The changed element: a slug ("juha-herrala"), a number (meeting 17) or a key ("body/2026-01-01" for a term).</summary>
    public required string EntityId { get; set; }
    /// <summary>The network the change belongs to, when it belongs to one: what a coordinator's view of the log filters by.</summary>
    public string? NetworkId { get; set; }
    public ChangeAction Action { get; set; }
    /// <summary>The changed fields, named as in the data file ("place, agenda"), or a short note ("merged juha-herrala-2").</summary>
    public string Summary { get; set; } = "";
}
