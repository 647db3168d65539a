namespace Verkostot.Core.Roster;

/// <summary>A person as a roster report names them.</summary>
public sealed record RosterPerson(string Name, bool IsGuest);
