namespace Verkostot.Core.Questions;

/// <summary>A question as the bot received it.</summary>
/// <param name="Text">What the user typed, with the bot's @mention already removed.</param>
/// <param name="Locale">The activity's locale (e.g. "fi-FI"); decides the language when the words do not.</param>
/// <param name="NetworkId">
/// The network the question is about unless it names another; when null, the network bound to
/// <paramref name="TeamId"/> or <paramref name="ChannelId"/>, if any.
/// </param>
/// <param name="AskerEntraObjectId">The asker's Entra object id (AAD object id from the activity), if known.</param>
/// <param name="AskerPersonId">The asker's person id in the catalog, if already known.</param>
/// <param name="TeamId">The Team the question was asked in; null in personal and group chats.</param>
/// <param name="ChannelId">The Teams channel the question was asked in; null in personal and group chats.</param>
public sealed record Question(
    string Text,
    string? Locale = null,
    string? NetworkId = null,
    string? AskerEntraObjectId = null,
    string? AskerPersonId = null,
    string? TeamId = null,
    string? ChannelId = null);
