using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Retry policy for the Bot Connector as Teams documents it: retry 429 (honouring Retry-After), 412 and 5xx with
/// exponential backoff and jitter; never retry 400/401/403/404, which another attempt cannot fix.
/// </summary>
internal static class ConnectorResilience
{
    public const string CallPipeline = "connector-call";
    public const string AttemptPipeline = "connector-attempt";

    public static void AddCallStrategies(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options,
        TimeProvider timeProvider, ILogger logger)
    {
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                // Our own generator below applies the cap; the built-in one would wait as long as asked.
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response
                    ? RetryAfterDelay.From(response, timeProvider.GetUtcNow(), options.RetryAfterCap)
                    : null),
                OnRetry = args =>
                {
                    ConnectorLog.Retrying(logger, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
    }

    public static void AddAttemptStrategies(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options) =>
        builder.AddTimeout(options.AttemptTimeout);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) => (int)status is 412 or 429 or 500 or 502 or 503 or 504;
}
