using System.Security.Cryptography;
using System.Text;

namespace Verkostot.Core.Import;

/// <summary>
/// What importing a file would do, shown before it is done: every element added, changed (with the fields, named
/// as in the file), removed, or kept although the file leaves it out (with the reason).
/// </summary>
public sealed class ImportPlan
{
    public ImportPlan(IReadOnlyList<PlannedChange> changes)
    {
        Changes = changes;
        Counts = [.. changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => new KindCounts(
            g.Key,
            g.Count(c => c.Action == PlannedAction.Add),
            g.Count(c => c.Action == PlannedAction.Change),
            g.Count(c => c.Action == PlannedAction.Remove),
            g.Count(c => c.Action == PlannedAction.Keep)))];
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', changes.Select(c => $"{c.Kind}|{c.Action}|{c.Key}|{string.Join(',', c.Fields)}|{c.Reason}")))))[..16];
    }

    public IReadOnlyList<PlannedChange> Changes { get; }

    /// <summary>Per kind, in the order of <see cref="DataKind"/>; kinds the import leaves alone are not listed.</summary>
    public IReadOnlyList<KindCounts> Counts { get; }

    /// <summary>Nothing would be added, changed or removed.</summary>
    public bool IsEmpty => Changes.All(c => c.Action == PlannedAction.Keep);

    /// <summary>
    /// Identifies this plan: applying with it refuses when the data changed since the plan was shown, so that what
    /// is confirmed is what happens.
    /// </summary>
    public string Fingerprint { get; }
}

/// <summary>
/// One element of the plan. <see cref="Key"/> is its stable id (or natural key, e.g. body/start for a term);
/// <see cref="NetworkId"/> the network it belongs to, when it belongs to one.
/// </summary>
public sealed record PlannedChange(
    DataKind Kind, PlannedAction Action, string Key, string Label, IReadOnlyList<string> Fields, KeepReason? Reason = null, string? NetworkId = null);

public sealed record KindCounts(DataKind Kind, int Added, int Changed, int Removed, int Kept);

public enum DataKind
{
    Region,
    Municipality,
    Person,
    Network,
    Body,
    Term,
    Seat,
    Role,
    Membership,
    Meeting,
    PriorityDocument,
}

public enum PlannedAction
{
    Add,
    Change,
    Remove,
    Keep,
}

/// <summary>Why an element the file leaves out stays.</summary>
public enum KeepReason
{
    /// <summary>A network bound to its Team ("liitä tiimi").</summary>
    BoundToTeam,
    /// <summary>A person known to Teams by their Entra object id (roster sync, chats, answers).</summary>
    KnownToTeams,
    /// <summary>A roster link roster sync made: the person is in the Team's group.</summary>
    InTeam,
    /// <summary>A meeting someone has answered ("Osallistun" / "En pääse").</summary>
    HasAnswers,
    /// <summary>Something kept for one of the reasons above refers to it.</summary>
    InUse,
}
