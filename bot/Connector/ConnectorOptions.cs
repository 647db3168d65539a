using System.ComponentModel.DataAnnotations;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Retry and rate-limit settings of the outbound Bot Connector client (configuration section "Connector").
/// The defaults follow Teams' published limits; tests shrink the delays.
/// </summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt; 4 means at most 5 requests per call.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest Retry-After the client will wait; a longer one is cut to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryAfterCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP request, excluding waits for a rate-limit permit.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A whole call including retries and permit waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Teams: at most 7 operations per second in one conversation.</summary>
    [Range(1, 1000)]
    public int ConversationPermitsPerSecond { get; set; } = 7;

    /// <summary>Teams: at most 60 operations per 30 seconds in one conversation.</summary>
    [Range(1, 10000)]
    public int ConversationPermitsPer30Seconds { get; set; } = 60;

    /// <summary>All of this app's calls together; Teams allows 50 per second per app per tenant, we keep below.</summary>
    [Range(1, 10000)]
    public int AppPermitsPerSecond { get; set; } = 30;
}
