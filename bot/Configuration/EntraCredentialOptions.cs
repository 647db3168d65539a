using Azure.Core.Pipeline;
using Azure.Identity;

namespace Verkostot.Bot.Configuration;

/// <summary>
/// Azure.Identity options for a client secret or certificate credential at the configured Entra authority. With an
/// authority host configured the token library talks to that host only: instance discovery, which would first ask
/// login.microsoftonline.com whether the authority is known, is turned off (a national or closed cloud cannot reach
/// it, and the call would stall every token request).
/// </summary>
internal static class EntraCredentialOptions
{
    public static ClientSecretCredentialOptions ForSecret(string? authorityHost, HttpPipelineTransport? transport = null)
    {
        var options = new ClientSecretCredentialOptions();
        if (AuthorityOf(authorityHost) is { } authority)
        {
            options.AuthorityHost = authority;
            options.DisableInstanceDiscovery = true;
        }
        if (transport is not null)
        {
            options.Transport = transport;
        }
        return options;
    }

    public static ClientCertificateCredentialOptions ForCertificate(string? authorityHost, HttpPipelineTransport? transport = null)
    {
        var options = new ClientCertificateCredentialOptions { SendCertificateChain = true };
        if (AuthorityOf(authorityHost) is { } authority)
        {
            options.AuthorityHost = authority;
            options.DisableInstanceDiscovery = true;
        }
        if (transport is not null)
        {
            options.Transport = transport;
        }
        return options;
    }

    /// <summary>Whether <paramref name="authorityHost"/> is unset or an absolute https address, as the token library requires.</summary>
    public static bool IsValidAuthorityHost(string? authorityHost) =>
        string.IsNullOrWhiteSpace(authorityHost)
        || (Uri.TryCreate(authorityHost, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    private static Uri? AuthorityOf(string? authorityHost) =>
        string.IsNullOrWhiteSpace(authorityHost) ? null : new Uri(authorityHost);
}
