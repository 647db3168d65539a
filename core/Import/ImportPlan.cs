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
