namespace Verkostot.Core.Questions.Answers;

/// <summary>A person as shown in an answer: "Puheenjohtaja: Juha Herrala, kunnanjohtaja, Isojoki".</summary>
/// <param name="Role">The role that makes the person part of this answer, e.g. "Varajäsen"; null when obvious.</param>
public sealed record AnswerPerson(string PersonId, string Name, string? Role, string? Title, string? Municipality, string? Email)
{
    /// <summary>"Juha Herrala, kunnanjohtaja, Isojoki".</summary>
    public string Display => string.Join(", ", new[] { Name, Title, Municipality }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
