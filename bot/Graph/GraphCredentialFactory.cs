using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Graph;

/// <summary>
/// The Azure.Identity credential for Graph: a separate app registration when Graph:ClientId is set, else the bot's
/// own; a managed identity, a certificate or a client secret. Null when nothing usable is configured.
/// </summary>
internal static class GraphCredentialFactory
{
    /// <param name="transport">Tests only: the HTTP transport the token library uses.</param>
    public static TokenCredential? Create(GraphOptions graph, BotOptions bot, HttpPipelineTransport? transport = null)
    {
        var separate = !string.IsNullOrWhiteSpace(graph.ClientId);
        var clientId = separate ? graph.ClientId : bot.MicrosoftAppId;
        if (graph.UseManagedIdentity || (!separate && string.Equals(bot.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase)))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        var tenant = graph.TenantId is { Length: > 0 } t ? t : bot.MicrosoftAppTenantId;
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }
        var authorityHost = graph.AuthorityHost is { Length: > 0 } host ? host : bot.AuthorityHost;
        var certificatePath = separate ? graph.CertificatePath : bot.MicrosoftAppCertificatePath;
        var certificatePassword = separate ? graph.CertificatePassword : bot.MicrosoftAppCertificatePassword;
        var secret = separate ? graph.ClientSecret : bot.MicrosoftAppPassword;

        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var options = EntraCredentialOptions.ForCertificate(authorityHost, transport);
            return string.IsNullOrEmpty(certificatePassword)
                ? new ClientCertificateCredential(tenant, clientId, certificatePath, options)
                : new ClientCertificateCredential(tenant, clientId, X509CertificateLoader.LoadPkcs12FromFile(certificatePath, certificatePassword), options);
        }
        return string.IsNullOrEmpty(secret)
            ? null
            : new ClientSecretCredential(tenant, clientId, secret, EntraCredentialOptions.ForSecret(authorityHost, transport));
    }
}
