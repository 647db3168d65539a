using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Chat;

/// <summary>
/// A typed command (e.g. "tiedote", "lisää kokous", "synkronoi jäsenet") that is acted on rather than answered as
/// a question. Commands are tried in registration order before question answering.
/// </summary>
public interface IChatCommand
{
    /// <param name="text">The message without the bot's @mention, trimmed.</param>
    bool Matches(string text);

    Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken);
}
