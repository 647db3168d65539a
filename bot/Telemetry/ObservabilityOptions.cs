namespace Verkostot.Bot.Telemetry;

/// <summary>
/// Where logs, traces and metrics go, under the standard variable names: an OpenTelemetry collector
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; the OTLP exporter reads its other <c>OTEL_*</c> settings itself) and/or
/// Application Insights (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>). Read once at registration: whether to export
/// decides what is registered.
/// </summary>
public sealed class ObservabilityOptions
{
    [ConfigurationKeyName("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public string? OtlpEndpoint { get; set; }

    [ConfigurationKeyName("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public string? ApplicationInsightsConnectionString { get; set; }

    public const string InvalidEndpoint =
        "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL of an OpenTelemetry collector, e.g. http://collector:4317.";

    public const string InvalidConnectionString =
        "APPLICATIONINSIGHTS_CONNECTION_STRING must be an Application Insights connection string, " +
        "\"InstrumentationKey=…;IngestionEndpoint=https://…\", as the Azure portal shows it.";

    public bool IsValid => string.IsNullOrWhiteSpace(OtlpEndpoint) || Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _);

    public bool IsConnectionStringValid => string.IsNullOrWhiteSpace(ApplicationInsightsConnectionString)
        || ApplicationInsightsConnectionString.Split(';').Any(part =>
            part.Trim().StartsWith("InstrumentationKey=", StringComparison.OrdinalIgnoreCase) && part.Trim().Length > "InstrumentationKey=".Length);

    /// <summary>Only a valid endpoint exports; an invalid one stops the start (see <see cref="InvalidEndpoint"/>).</summary>
    public bool ExportsOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint) && IsValid;

    public bool ExportsAzureMonitor => !string.IsNullOrWhiteSpace(ApplicationInsightsConnectionString) && IsConnectionStringValid;

    public bool Exports => ExportsOtlp || ExportsAzureMonitor;

    public static ObservabilityOptions From(IConfiguration configuration) =>
        configuration.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
}
