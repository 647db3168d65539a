namespace Verkostot.Core.Reminders;

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>
    /// How long a claimed row may stay in Sending before it is judged in doubt. Longer than the slowest send
    /// (the connector's retries included), so a live sender is never overtaken.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows claimed per round; each round is one conditional UPDATE.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Sent messages are recorded in groups of at most this many (one commit each group). A crash before a group is
    /// recorded leaves at most this many messages in doubt (reported, never re-sent); 1 records each message alone.
    /// </summary>
    public int SettleBatchSize { get; set; } = 20;

    /// <summary>...or sooner, once the oldest unrecorded message is this old (slow sends to Teams).</summary>
    public TimeSpan SettleAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Transient failures before a row is given up as Failed (and reported to the coordinator).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait after a transient failure; doubled on each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(2);
}
