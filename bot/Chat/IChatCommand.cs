using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Chat;

/// <summary>
/// A typed command (e.g. "tiedote", "lisää kokous", "synkronoi jäsenet") that is acted on rather than answered as
/// a question. Its words are in the route table (Hosting/BotRoutes).
/// </summary>
public interface IChatCommand
{
    /// <param name="text">The message without the bot's @mention, trimmed.</param>
    Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken);
}
