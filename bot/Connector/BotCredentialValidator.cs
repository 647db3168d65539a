using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Refuses start-up when the bot could not get a token to send with: an unknown app type, no secret or certificate,
/// a certificate file that is not there, an authority host the token library would refuse. Developer mode sends no
/// tokens, so only the app type and the authority host are checked there.
/// </summary>
internal sealed class BotCredentialValidator : IValidateOptions<BotOptions>
{
    public const string UnknownAppType =
        "MicrosoftAppType must be SingleTenant (the default), MultiTenant or UserAssignedMSI.";

    public const string NoCredential =
        "MicrosoftAppPassword (the app's client secret) or MicrosoftAppCertificatePath (a PFX/PEM file) is required to send messages; in Azure, MicrosoftAppType=UserAssignedMSI uses the managed identity instead.";

    public const string InvalidAuthorityHost =
        "AuthorityHost must be an absolute https address of an Entra authority, e.g. https://login.microsoftonline.us/ (leave it unset for Azure's public cloud; the token library refuses plain http).";

    public const string SingleTenantWithoutTenant = BotOptionsAuthenticationValidator.SingleTenantWithoutTenant;

    public static string MissingCertificate(string path) =>
        $"MicrosoftAppCertificatePath must name a PFX or PEM file the bot can read; there is no file at {path}.";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (!BotAppTypes.All.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add(UnknownAppType);
        }
        if (!EntraCredentialOptions.IsValidAuthorityHost(options.AuthorityHost))
        {
            failures.Add(InvalidAuthorityHost);
        }
        if (!options.IsDeveloperMode && !IsManagedIdentity(options))
        {
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
            {
                if (!File.Exists(options.MicrosoftAppCertificatePath))
                {
                    failures.Add(MissingCertificate(options.MicrosoftAppCertificatePath));
                }
            }
            else if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                failures.Add(NoCredential);
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsManagedIdentity(BotOptions options) =>
        string.Equals(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
}
