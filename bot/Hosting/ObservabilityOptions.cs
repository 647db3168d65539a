namespace Verkostot.Bot.Hosting;

/// <summary>
/// Where traces and metrics go, under OpenTelemetry's standard variable name (the OTLP exporter reads its other
/// <c>OTEL_*</c> settings itself). Read once at registration: whether to export decides what is registered.
/// </summary>
public sealed class ObservabilityOptions
{
    [ConfigurationKeyName("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public string? OtlpEndpoint { get; set; }

    public const string InvalidEndpoint =
        "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL of an OpenTelemetry collector, e.g. http://collector:4317.";

    public bool IsValid => string.IsNullOrWhiteSpace(OtlpEndpoint) || Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _);

    /// <summary>Only a valid endpoint exports; an invalid one stops the start (see <see cref="InvalidEndpoint"/>).</summary>
    public bool Exports => !string.IsNullOrWhiteSpace(OtlpEndpoint) && IsValid;

    public static ObservabilityOptions From(IConfiguration configuration) =>
        configuration.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
}
