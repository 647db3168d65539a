using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostot.Bot.Administration.SignIn;

namespace Verkostot.Bot.Tests.Administration;

public sealed class KeyRingOnFirstUseTests
{
    [Fact]
    public void AddKeyRingOnFirstUse_AfterDataProtection_NoHostedServiceLoadsTheKeyRingAtStart()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection();
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");

        services.AddKeyRingOnFirstUse();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");
    }

    [Fact]
    public void AddKeyRingOnFirstUse_FirstProtect_ReadsOrMakesTheKeyRingThen()
    {
        var keys = Directory.CreateTempSubdirectory("verkostot-keyring-");
        try
        {
            var services = new ServiceCollection().AddLogging();
            services.AddDataProtection().PersistKeysToFileSystem(keys);
            using var provider = services.AddKeyRingOnFirstUse().BuildServiceProvider();
            var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

            Assert.Equal("hallinta", protector.Unprotect(protector.Protect("hallinta")));
            Assert.NotEmpty(keys.GetFiles("key-*.xml"));
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }
}
