using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>A role as an answer shows it: current, of the year asked about, or the newest that has ended.</summary>
public sealed record RoleHolding(RoleAssignment Role, bool HasEnded);
