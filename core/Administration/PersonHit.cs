using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>A person found by <see cref="PeopleSearch"/>, with their municipality and the networks they are part of.</summary>
public sealed record PersonHit(Person Person, Municipality? Municipality, IReadOnlyList<string> NetworkIds);
