using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Verkostot.Bot.Logging;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// Log lines safe from injection and floods (<see cref="LoggingSetup.AddBotLogging"/>); traces and metrics through
/// OpenTelemetry: requests, outbound HTTP (Bot Connector, Graph) and the runtime. They are exported only when an OTLP endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), so local runs and
/// tests send nothing anywhere.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "verkostot-bot";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging(logging => logging.AddBotLogging());
        services.AddOptions<ObservabilityOptions>().Bind(configuration)
            .Validate(o => o.IsValid, ObservabilityOptions.InvalidEndpoint)
            .ValidateOnStart();
        var export = ObservabilityOptions.From(configuration).Exports;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (export)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(Protocol.Scheduling.InboundMetrics.MeterName);
                if (export)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
