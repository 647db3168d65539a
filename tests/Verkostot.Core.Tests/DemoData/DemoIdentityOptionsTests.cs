using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Tests.DemoData;

public sealed class DemoIdentityOptionsTests
{
    [Fact]
    public void StartupValidation_Defaults_Pass()
    {
        Assert.Null(Record.Exception(() => Validate(new())));
    }

    [Fact]
    public void StartupValidation_EmptyTeamId_FailsWithClearMessage()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Validate(new() { ["Verkostot:Demo:TeamId"] = " " }));

        Assert.Contains("Verkostot:Demo: every identity", failure.Message);
    }

    private static void Validate(Dictionary<string, string?> settings)
    {
        settings["Storage:ConnectionString"] = "Data Source=:memory:";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddCoreStorage(configuration).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }
}
