namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to every meter and span source of its name in the process, not only its own host's: tests
/// that count exact figures run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
