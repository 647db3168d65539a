using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Retry policy for the Bot Connector as Teams documents it: retry 429 (honouring Retry-After), 412 and 5xx with
/// exponential backoff and jitter; never retry 400/401/403/404, which another attempt cannot fix. One pipeline, built
/// once for the process, for the whole call (total timeout, retries); each attempt's own timeout is a timed
/// cancellation in <see cref="ConnectorResilienceHandler"/>, after the attempt's Teams permit.
/// </summary>
internal sealed class ConnectorResilience
{
    public ConnectorResilience(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        var o = options.Value;
        // Built directly rather than through the HTTP resilience handler's registry: no telemetry listener and no
        // reload tracking, which cost every send several allocations and a metrics record for nothing (our own log
        // lines below say what the connector did).
        Call = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(o.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay,
                // Our own generator below applies the cap; the built-in one would wait as long as asked.
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response
                    ? RetryAfterDelay.From(response, time.GetUtcNow(), o.RetryAfterCap)
                    : null),
                OnRetry = args =>
                {
                    ConnectorLog.Retrying(logger, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
        AttemptTimeout = o.AttemptTimeout;
        Time = time;
    }

    /// <summary>The whole call: its total timeout, and retries of transient failures.</summary>
    public ResiliencePipeline<HttpResponseMessage> Call { get; }

    /// <summary>One attempt's own timeout, so that a hung connection is retried.</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>The clock of both timeouts and the retries' delays.</summary>
    public TimeProvider Time { get; }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) => (int)status is 412 or 429 or 500 or 502 or 503 or 504;
}
