using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Chooses the Azure.Identity credential the Bot Framework configuration names describe:
/// a managed identity, a certificate, or a client secret (checked at start-up by <see cref="BotCredentialValidator"/>).
/// </summary>
internal static class BotCredentialFactory
{
    /// <summary>Multi-tenant bots get their Bot Connector tokens from the botframework.com tenant.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <param name="transport">Tests only: the HTTP transport the token library uses.</param>
    public static TokenCredential Create(BotOptions bot, HttpPipelineTransport? transport = null)
    {
        var appId = bot.MicrosoftAppId
            ?? throw new InvalidOperationException("MicrosoftAppId is required outside developer mode.");

        if (IsType(bot, BotAppTypes.UserAssignedMsi))
        {
            return new ManagedIdentityCredential(
                new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(appId)));
        }

        var tenant = TenantOf(bot);
        if (!string.IsNullOrWhiteSpace(bot.MicrosoftAppCertificatePath))
        {
            var options = EntraCredentialOptions.ForCertificate(bot.AuthorityHost, transport);
            return string.IsNullOrEmpty(bot.MicrosoftAppCertificatePassword)
                ? new ClientCertificateCredential(tenant, appId, bot.MicrosoftAppCertificatePath, options)
                : new ClientCertificateCredential(tenant, appId,
                    X509CertificateLoader.LoadPkcs12FromFile(bot.MicrosoftAppCertificatePath, bot.MicrosoftAppCertificatePassword), options);
        }

        if (!string.IsNullOrEmpty(bot.MicrosoftAppPassword))
        {
            return new ClientSecretCredential(tenant, appId, bot.MicrosoftAppPassword, EntraCredentialOptions.ForSecret(bot.AuthorityHost, transport));
        }

        throw new InvalidOperationException(BotCredentialValidator.NoCredential);
    }

    public static string TenantOf(BotOptions bot)
    {
        if (!IsType(bot, BotAppTypes.SingleTenant))
        {
            return MultiTenantAuthority;
        }

        return string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId)
            ? throw new InvalidOperationException(BotCredentialValidator.SingleTenantWithoutTenant)
            : bot.MicrosoftAppTenantId;
    }

    private static bool IsType(BotOptions bot, string type) =>
        string.Equals(bot.MicrosoftAppType, type, StringComparison.OrdinalIgnoreCase);
}
