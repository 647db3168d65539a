namespace Verkostot.Core.Roster;

/// <summary>
/// What one sync changed on a network's roster. Joined: roster people now in the group (re-joins included).
/// Left: people no longer in the group. Unmatched: group members the roster did not know, added without a role.
/// </summary>
public sealed record RosterChanges(IReadOnlyList<RosterPerson> Joined, IReadOnlyList<RosterPerson> Left, IReadOnlyList<RosterPerson> Unmatched)
{
    public static RosterChanges None { get; } = new([], [], []);

    public bool IsEmpty => Joined.Count == 0 && Left.Count == 0 && Unmatched.Count == 0;
}
