using System.ComponentModel.DataAnnotations;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// How accepted activities are kept and handled (configuration section "Inbound"). The defaults suit Teams: it
/// repeats a delivery it timed out on within seconds, and a person who got no answer in two minutes has moved on.
/// </summary>
public sealed class InboundOptions
{
    public const string SectionName = "Inbound";

    /// <summary>Handlers running at once; each conversation has at most one of them.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 8;

    /// <summary>Activities (and, separately, replies) one conversation may have waiting; beyond it the oldest chatter (else the oldest activity) is dropped.</summary>
    [Range(1, 100_000)]
    public int ConversationQueueLimit { get; set; } = 100;

    /// <summary>An activity not handled, or a reply not sent, this long after the activity arrived is dropped and logged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A repeated activity id in the same conversation within this window is acknowledged and not handled again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long an instance's claim on an accepted activity lasts without renewal: after a crash, another instance
    /// (or the restarted one) takes the activity over when it runs out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often claims are renewed and activities of stopped instances looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On stopping, how long replies already being sent may take before the rest is left for the next start.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(5);
}
