namespace Verkostot.Bench.Startup;

/// <summary>One start of the bot: process start to the reply to the first question, and resident memory then.</summary>
/// <param name="CpuSeconds">CPU time the bot used up to the first answer (user and system).</param>
/// <param name="Load">The one-minute load average when the run began.</param>
public sealed record StartupRun(double Seconds, double CpuSeconds, double RssAfterStartMb, double RssSettledMb, string RssParts, string Load);
