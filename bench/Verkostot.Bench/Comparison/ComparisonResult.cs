using Verkostot.Bench.Load;

namespace Verkostot.Bench.Comparison;

/// <summary>One bot's figures in the like-for-like comparison.</summary>
/// <param name="RepliesPerSecond">Messages (typing indicators excluded) that reached the connector during the window, per second.</param>
/// <param name="Post">Time from the start of each POST to its response, for POSTs started in the window.</param>
/// <param name="Backlog">Messages accepted by the end of the window whose reply had not arrived by then.</param>
/// <param name="RssMb">Resident memory once the replies have caught up after the run.</param>
/// <param name="CpuMsPerReply">
/// The target process's CPU time during the window per reply: what a reply costs, however busy the machine is (a
/// loaded machine lowers replies/s, not this). Work left in the backlog is not counted, so a bot that falls behind
/// looks cheaper here than it is.
/// </param>
/// <param name="AllocatedKbPerReply">
/// Bytes the target allocated during the window per reply, in KB (read from its runtime's counters; NaN for the
/// echo bot, which is not .NET). Counted like <paramref name="CpuMsPerReply"/>.
/// </param>
public sealed record ComparisonResult(
    string Name, double RepliesPerSecond, double PostsPerSecond, Latencies Post, int Failures, long Typing,
    long Backlog, double RssMb, double CpuMsPerReply, double AllocatedKbPerReply, string LoadBefore, string LoadAfter);
