using System.Text.Json;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Chat.CardActions;

/// <summary>
/// Answers an Action.Execute verb of an Adaptive Card (e.g. "rsvp.attend", "announcement.send"; the verbs are in the
/// route table, Hosting/BotRoutes). The answer goes back in the invoke's HTTP response: usually a card that replaces
/// the one that was clicked.
/// </summary>
public interface ICardAction
{
    /// <param name="data">The action's <c>data</c> merged with the card's input values, as Teams sends them.</param>
    Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken);
}
