using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Hosting;

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
    public void From_EndpointNotAUrl_FailsWithClearMessage()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => ObservabilityOptions.From(Configuration("collector")));

        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL", failure.Message);
    }

    private static IConfiguration Configuration(string? endpoint) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint })
        .Build();
}
