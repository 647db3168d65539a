namespace Verkostot.Core.Roster;

/// <summary>Membership changes since a delta link: object ids added and removed, and the link to use next time.</summary>
public sealed record GroupChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, string DeltaLink)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;
}
