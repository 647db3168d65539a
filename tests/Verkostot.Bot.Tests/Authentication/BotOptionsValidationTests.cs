using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>Start-up refuses configurations that would leave /api/messages open or unverifiable.</summary>
public sealed class BotOptionsValidationTests
{
    private const string SafeMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Fact]
    public void StartupValidation_NoAppIdOutsideDevelopment_FailsWithClearMessage()
    {
        var failure = ValidateStartup(new() { ["MicrosoftAppId"] = "" }, environment: "Production");

        Assert.Contains(
            "MicrosoftAppId is required outside Development; developer mode (no authentication) is allowed only in Development.",
            failure!.Failures);
    }

    [Fact]
    public void StartupValidation_NoAppIdInDevelopment_Passes()
    {
        var failure = ValidateStartup(new() { ["MicrosoftAppId"] = "" }, environment: "Development");

        Assert.Null(failure);
    }

    [Fact]
    public void StartupValidation_AppIdInProduction_Passes()
    {
        var failure = ValidateStartup(new(), environment: "Production");

        Assert.Null(failure);
    }

    [Fact]
    public void StartupValidation_SingleTenantWithoutTenantId_Fails()
    {
        var failure = ValidateStartup(new() { ["MicrosoftAppType"] = "SingleTenant" }, environment: "Production");

        Assert.Contains(BotOptionsAuthenticationValidator.SingleTenantWithoutTenant, failure!.Failures);
    }

    [Fact]
    public void StartupValidation_UserAssignedMsiWithoutTenantId_Fails()
    {
        var failure = ValidateStartup(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = "" }, environment: "Production");

        Assert.Contains(BotOptionsAuthenticationValidator.ManagedIdentityWithoutTenant, failure!.Failures);
    }

    [Fact]
    public void StartupValidation_MultiTenantWithoutTenantId_Passes()
    {
        var failure = ValidateStartup(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = "" }, environment: "Production");

        Assert.Null(failure);
    }

    [Fact]
    public void StartupValidation_PlainHttpMetadataOnRemoteHost_Fails()
    {
        var failure = ValidateStartup(
            new() { ["OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration" },
            environment: "Production");

        Assert.Contains(BotOptionsAuthenticationValidator.InsecureMetadataUrl, failure!.Failures);
    }

    private static OptionsValidationException? ValidateStartup(Dictionary<string, string?> settings, string environment)
    {
        using var host = AuthenticatorHost.Create(SafeMetadataUrl, new ManualClock(), settings, environment);
        var validator = host.Services.GetRequiredService<IStartupValidator>();
        return Record.Exception(validator.Validate) switch
        {
            null => null,
            OptionsValidationException e => e,
            AggregateException { InnerExceptions: [OptionsValidationException e] } => e,
            var other => throw other,
        };
    }
}
