namespace Verkostot.Bot.Tests.Connector;

/// <summary>
/// Tests that measure wall-clock pacing run alone: with the rest of the suite competing for the thread pool, a late
/// continuation would be measured instead of the rate limiter.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
