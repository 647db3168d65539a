using System.Threading.RateLimiting;
using Polly.Timeout;

namespace Verkostot.Bot.Connector;

/// <summary>
/// The connector's resilience in one handler, outermost first: total timeout and retries, then for every attempt
/// its Teams permit (<see cref="TeamsRateLimiter"/>, so that every retry waits for its own) and its own timeout. Two
/// HTTP resilience handlers and a rate-limit handler did the same with three handlers' state machines per send.
/// </summary>
internal sealed class ConnectorResilienceHandler(ConnectorResilience resilience, TeamsRateLimiter limiter) : DelegatingHandler
{
    /// <summary>The conversation (or team) a request counts against; set by <see cref="ConnectorClient"/>.</summary>
    public static readonly HttpRequestOptionsKey<string?> ConversationKey = new("Verkostot.Connector.Conversation");

    /// <summary>A permit the caller took before the request was built; the first attempt uses it (the caller owns it).</summary>
    public static readonly HttpRequestOptionsKey<RateLimitLease?> FirstPermitKey = new("Verkostot.Connector.FirstPermit");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        resilience.Call.ExecuteAsync(
            static (state, token) => state.Handler.AttemptAsync(state.Request, token),
            (Handler: this, Request: request), cancellationToken).AsTask();

    private async ValueTask<HttpResponseMessage> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(FirstPermitKey, out var prepaid) && prepaid is not null)
        {
            request.Options.Set(FirstPermitKey, null);
            return await SendWithinTimeoutAsync(request, cancellationToken).ConfigureAwait(false);
        }
        request.Options.TryGetValue(ConversationKey, out var conversationId);
        using var lease = await limiter.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return await SendWithinTimeoutAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // What a Polly timeout strategy does, without a second pipeline's context, outcome and state machines per send:
    // the attempt is cancelled when its time is up (or the call is), and a cancellation that was the attempt's own
    // timeout becomes the TimeoutRejectedException the retries and ConnectorClient take for a hung connection.
    private async ValueTask<HttpResponseMessage> SendWithinTimeoutAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attempt = new CancellationTokenSource(resilience.AttemptTimeout, resilience.Time);
        using var call = cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), attempt);
        try
        {
            return await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && attempt.IsCancellationRequested)
        {
            throw new TimeoutRejectedException(
                $"The connector did not answer within the attempt timeout of {resilience.AttemptTimeout}.", resilience.AttemptTimeout, ex);
        }
    }
}
