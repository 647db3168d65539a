using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Verkostot.Bot.Logging;
using Verkostot.Core.Telemetry;

namespace Verkostot.Bot.Telemetry;

/// <summary>
/// Log lines safe from injection and floods (<see cref="LoggingSetup.AddBotLogging"/>); logs, traces and metrics
/// through OpenTelemetry: requests, outbound HTTP (Bot Connector, Graph), database commands (EF Core on SQLite, Npgsql
/// on PostgreSQL), job runs (<see cref="JobRunSpans"/>), the runtime, the inbound pipeline and the business figures
/// (<see cref="BusinessMetrics"/>). They are collected and exported only when an exporter is configured: OTLP
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) and/or Azure Monitor (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>), so local
/// runs and tests send nothing anywhere and pay nothing for it.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "verkostot-bot";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging(logging => logging.AddBotLogging());
        services.AddOptions<ObservabilityOptions>().Bind(configuration)
            .Validate(o => o.IsValid, ObservabilityOptions.InvalidEndpoint)
            .Validate(o => o.IsConnectionStringValid, ObservabilityOptions.InvalidConnectionString)
            .ValidateOnStart();

        // What is collected, registered whether or not anything is exported: whoever builds the providers gets it
        // (below when an exporter is configured; a test with its in-memory exporter).
        services.ConfigureOpenTelemetryTracerProvider(ConfigureTracing);
        services.ConfigureOpenTelemetryMeterProvider(ConfigureMetrics);
        services.Configure<OpenTelemetryLoggerOptions>(logs =>
        {
            logs.IncludeFormattedMessage = true;
            // Scopes carry request paths and ids of the framework's choosing; the log's own fields are enough.
            logs.IncludeScopes = false;
        });

        var options = ObservabilityOptions.From(configuration);
        if (options.Exports)
        {
            var telemetry = services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(ServiceName))
                .WithTracing(_ => { })
                .WithMetrics(_ => { })
                .WithLogging();
            if (options.ExportsOtlp)
            {
                telemetry.UseOtlpExporter();
            }
            if (options.ExportsAzureMonitor)
            {
                UseAzureMonitor(telemetry, options.ApplicationInsightsConnectionString!, ChoosesSampling(configuration));
            }
        }
        return services;
    }

    private static void ConfigureTracing(TracerProviderBuilder tracing) => tracing
        .AddSource(JobRunSpans.SourceName)
        .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
        .AddHttpClientInstrumentation()
        // EF Core's spans for SQLite; on PostgreSQL Npgsql's own, which also cover Hangfire's storage. Neither records
        // parameter values (the instrumentation's experimental switch for them is left off).
        .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (provider, _) => provider is not "Npgsql.EntityFrameworkCore.PostgreSQL")
        .AddSource("Npgsql")
        .AddProcessor(new DatabaseSpansInsideWork())
        .AddProcessor(new PersonalDataRedaction());

    private static void ConfigureMetrics(MeterProviderBuilder metrics) => metrics
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation()
        .AddRuntimeInstrumentation()
        .AddMeter("Npgsql")
        .AddMeter(Protocol.Scheduling.InboundMetrics.MeterName)
        .AddMeter(BusinessMetrics.MeterName);

    // Its own method, so that a bot without Application Insights never loads the exporter. The bot talks only to the
    // hosts it is configured for: the exporter's statsbeat (its own usage figures, sent to Microsoft) stays off, and
    // live metrics run only when the connection string names their endpoint (else a default host would be asked).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseAzureMonitor(IOpenTelemetryBuilder telemetry, string connectionString, bool samplingChosen)
    {
        foreach (var off in new[] { "APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "APPLICATIONINSIGHTS_SDKSTATS_DISABLED" })
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(off))) Environment.SetEnvironmentVariable(off, "true");
        }
        telemetry.UseAzureMonitorExporter(azure =>
        {
            azure.ConnectionString = connectionString;
            azure.EnableLiveMetrics = connectionString.Contains("LiveEndpoint=", StringComparison.OrdinalIgnoreCase);
            if (!samplingChosen)
            {
                // Every trace, unless the operator chose otherwise. The exporter's default (5 traces a second, adapted
                // over 0.1 s) counts every root span it is asked about, the database spans of Hangfire's polls and of
                // the warm-up too, which are discarded afterwards: a question arriving just after one was kept with a
                // few percent probability, and its logs went with it. A bot asked a few questions a minute needs none.
                azure.SamplingRatio = 1.0F;
                azure.TracesPerSecond = null;
            }
        });
    }

    /// <summary>Sampling set by the operator: the standard variables, or the exporter's own section.</summary>
    private static bool ChoosesSampling(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"])
        || configuration.GetSection("AzureMonitorExporter:TracesPerSecond").Value is not null
        || configuration.GetSection("AzureMonitorExporter:SamplingRatio").Value is not null;
}
