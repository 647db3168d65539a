using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Handles an activity after the HTTP request has been answered (messages, updates).</summary>
public interface IActivityHandler
{
    Task HandleAsync(Activity activity, CancellationToken cancellationToken);
}
