namespace Verkostot.Bot.Connector;

/// <summary>How long a 429 (or 503) asks us to wait, from its Retry-After header in seconds or as a date.</summary>
internal static class RetryAfterDelay
{
    /// <summary>The wait, at most <paramref name="cap"/>; null when the response names none.</summary>
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now, TimeSpan cap)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? wait = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        return wait is { } w ? Clamp(w, cap) : null;
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan cap) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
}
