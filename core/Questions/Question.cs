namespace Verkostot.Core.Questions;

/// <summary>A question as the bot received it.</summary>
/// <param name="Text">What the user typed, with the bot's @mention already removed.</param>
/// <param name="Locale">The activity's locale (e.g. "fi-FI"); decides the language when the words do not.</param>
/// <param name="NetworkId">The network bound to the Team or chat the question came from, if any.</param>
/// <param name="AskerEntraObjectId">The asker's Entra object id (AAD object id from the activity), if known.</param>
/// <param name="AskerPersonId">The asker's person id in the catalog, if already known.</param>
public sealed record Question(
    string Text,
    string? Locale = null,
    string? NetworkId = null,
    string? AskerEntraObjectId = null,
    string? AskerPersonId = null);
