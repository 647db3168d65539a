using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>Refuses start-up with an identity configuration that would leave /api/messages open or unusable.</summary>
internal sealed class BotOptionsAuthenticationValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public const string DeveloperModeOutsideDevelopment =
        "MicrosoftAppId is required outside Development; developer mode (no authentication) is allowed only in Development.";

    public const string SingleTenantWithoutTenant =
        "MicrosoftAppTenantId is required for a SingleTenant bot (the default MicrosoftAppType): the directory (tenant) id of the bot's Entra ID, or set MicrosoftAppType=MultiTenant.";

    public const string ManagedIdentityWithoutTenant =
        "MicrosoftAppTenantId is required for a UserAssignedMSI bot: the directory (tenant) id of the managed identity's Entra ID.";

    public const string InsecureMetadataUrl =
        "OpenIdMetadataUrl must be an absolute https URL (plain http is allowed only for a loopback address).";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.IsDeveloperMode && !environment.IsDevelopment())
        {
            failures.Add(DeveloperModeOutsideDevelopment);
        }

        // Developer mode checks no tokens, so it needs no tenant.
        if (!options.IsDeveloperMode && BotTokenIssuers.IsSingleTenant(options) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add(SingleTenantWithoutTenant);
        }

        // An Azure Bot on a user-assigned managed identity is registered in the identity's tenant (msaAppTenantId),
        // and Bot Framework needs that tenant just as for a single-tenant app registration.
        if (!options.IsDeveloperMode && IsManagedIdentity(options) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add(ManagedIdentityWithoutTenant);
        }

        if (!IsTrustworthy(options.OpenIdMetadataUrl))
        {
            failures.Add(InsecureMetadataUrl);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsManagedIdentity(BotOptions options) =>
        string.Equals(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    // Whoever serves the keys decides who may talk to the bot, so the keys must not travel in clear text
    // except on the machine itself (tests and local fakes).
    private static bool IsTrustworthy(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
