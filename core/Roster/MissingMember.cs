namespace Verkostot.Core.Roster;

/// <summary>A roster person who is not in the Team's group. <see cref="Matched"/> false: never found in the directory.</summary>
public sealed record MissingMember(string Name, bool IsGuest, DateOnly? LeftOn, bool Matched);
