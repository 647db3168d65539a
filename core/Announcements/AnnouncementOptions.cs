namespace Verkostot.Core.Announcements;

/// <summary>How announcements are sent (configuration section "Announcements"). Defaults suit Teams' limits.</summary>
public sealed class AnnouncementOptions
{
    public const string SectionName = "Announcements";

    /// <summary>Outbox rows a worker claims at a time.</summary>
    public int BatchSize { get; set; } = 60;

    /// <summary>Sends in flight at once; the connector's rate limiter paces them, so this only hides latency.</summary>
    public int Parallelism { get; set; } = 12;

    /// <summary>
    /// E-mails in flight at once, in their own lane beside Teams' so that the mailbox's slow pace (30 a minute in
    /// Exchange Online) never holds a Teams message back. The mailer paces them.
    /// </summary>
    public int EmailParallelism { get; set; } = 4;

    /// <summary>Attempts per recipient and channel before a transient failure is recorded as final.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; doubles per attempt, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claimed row may stay in flight. Longer than one send can take: a 1:1 message to someone without a
    /// stored chat is three connector calls (find the user, open the chat, send), each given up after five minutes.
    /// A row still in flight after this was cut off by a crash; a shorter lease would report live sends as cut off.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a worker owns an announcement without renewing; a crashed worker's announcement resumes after this.</summary>
    public TimeSpan WorkerLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Least time between two updates of the author's live report card.</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(3);

    public bool IsValid() =>
        BatchSize is > 0 and <= 1000 && Parallelism is > 0 and <= 100 && EmailParallelism is > 0 and <= 100 && MaxAttempts is > 0 and <= 20
        && RetryBaseDelay >= TimeSpan.Zero && MaxRetryDelay >= RetryBaseDelay
        && ClaimLease > TimeSpan.Zero && WorkerLease > TimeSpan.Zero && ReportInterval >= TimeSpan.Zero;
}
