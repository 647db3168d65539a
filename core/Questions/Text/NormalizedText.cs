namespace Verkostot.Core.Questions.Text;

/// <summary>
/// A question made comparable: <see cref="Lowered"/> keeps punctuation (dates like "8.12." need it),
/// <see cref="Tokens"/> are the words without punctuation, <see cref="Folded"/> the same words without diacritics.
/// </summary>
public sealed record NormalizedText(string Lowered, IReadOnlyList<string> Tokens, IReadOnlyList<string> Folded)
{
    public string Joined => string.Join(' ', Tokens);

    public bool IsEmpty => Tokens.Count == 0;
}
