namespace Verkostot.Core.Roster;

/// <summary>A group member the sync could not match to anyone in the data, added as a person of their own.</summary>
public sealed record UnmatchedMember(string PersonId, string Name, string? Email, bool IsGuest);
