using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>The term of a body an answer shows, and whether it has ended with nothing newer recorded.</summary>
/// <param name="AskedForPast">The question named the year, so an ended term is what was asked for, not stale data.</param>
public sealed record TermView(Body Body, Term Term, bool HasEnded, bool AskedForPast);
