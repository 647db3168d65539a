using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Telemetry;

namespace Verkostot.Bot.Tests.Configuration;

public sealed class ObservabilityOptionsTests
{
    [Fact]
    public void From_NoEndpoint_ExportsNothing()
    {
        Assert.False(ObservabilityOptions.From(Configuration(null)).Exports);
    }

    [Fact]
    public void From_StandardVariableSet_Exports()
    {
        var options = ObservabilityOptions.From(Configuration("http://127.0.0.1:4317"));

        Assert.True(options.Exports);
        Assert.Equal("http://127.0.0.1:4317", options.OtlpEndpoint);
    }

    [Fact]
    public void From_EndpointNotAUrl_ExportsNothingAndIsInvalid()
    {
        var options = ObservabilityOptions.From(Configuration("collector"));

        Assert.False(options.Exports);
        Assert.False(options.IsValid);
    }

    private static IConfiguration Configuration(string? endpoint) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint })
        .Build();
}
