using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Handles an invoke, whose answer goes back in the HTTP response body.</summary>
public interface IInvokeHandler
{
    Task<InvokeResponse> InvokeAsync(Activity activity, CancellationToken cancellationToken);
}
