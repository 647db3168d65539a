namespace Verkostot.Bot.Hosting;

/// <summary>
/// Where traces and metrics go, under OpenTelemetry's standard variable name (the OTLP exporter reads its other
/// <c>OTEL_*</c> settings itself). Read once at registration: whether to export decides what is registered.
/// </summary>
public sealed class ObservabilityOptions
{
    [ConfigurationKeyName("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public string? OtlpEndpoint { get; set; }

    public bool Exports => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public static ObservabilityOptions From(IConfiguration configuration)
    {
        var options = configuration.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        if (options.Exports && !Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL, e.g. http://collector:4317.");
        }
        return options;
    }
}
