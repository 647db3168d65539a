namespace Verkostot.Bot.Configuration;

/// <summary>
/// The bot's identity, under the configuration names Bot Framework developers know
/// (top-level <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …).
/// </summary>
public sealed class BotOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>SingleTenant (default; the only kind of new app registration Azure Bot still offers besides a managed identity), MultiTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = BotAppTypes.SingleTenant;
    /// <summary>Path of a PFX/PEM client certificate, used instead of a password when set.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }
    public string? MicrosoftAppCertificatePassword { get; set; }
    /// <summary>Where the Bot Connector's signing keys are published; tests point it at 127.0.0.1.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>
    /// Entra authority host for outbound tokens (a national or closed cloud, e.g. <c>https://login.microsoftonline.us/</c>).
    /// Unset: Azure's public cloud. When set, the token library asks no other host anything (no instance discovery).
    /// </summary>
    public string? AuthorityHost { get; set; }

    /// <summary>No app id: accept unauthenticated requests and send no tokens. Allowed in Development only.</summary>
    public bool IsDeveloperMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
