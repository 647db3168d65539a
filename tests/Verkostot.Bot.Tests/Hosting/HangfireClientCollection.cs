namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// Tests that create Hangfire jobs through a host run alone. Hangfire keeps its log provider in a static, pointing at
/// the logger factory of the host started last; when another test's host is disposed meanwhile, creating a job
/// fails with ObjectDisposedException. One host per process, as in production, has no such problem.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireClientCollection
{
    public const string Name = "Hangfire client";
}
