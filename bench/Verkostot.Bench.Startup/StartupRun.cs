namespace Verkostot.Bench.Startup;

/// <summary>One start of the bot: process start to the reply to the first question, and resident memory then.</summary>
/// <param name="Load">The one-minute load average when the run began.</param>
public sealed record StartupRun(double Seconds, double RssAfterStartMb, double RssSettledMb, string RssParts, string Load);
