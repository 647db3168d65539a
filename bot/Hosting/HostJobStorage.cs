using Hangfire;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// This host's Hangfire storage. Hangfire registers <see cref="JobStorage"/> as its process-wide
/// <c>JobStorage.Current</c>, which the next host configured in the same process replaces (the tests start many at
/// once): a host could then run its jobs, and report its health, on another host's storage. Each host keeps the one
/// it made here, and its server, dashboard, job clients and health check use that.
/// </summary>
internal sealed class HostJobStorage
{
    public JobStorage? Storage { get; set; }
}
