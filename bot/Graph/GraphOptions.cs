namespace Verkostot.Bot.Graph;

/// <summary>
/// Microsoft Graph for roster sync, proactive installation, e-mail and Outlook meetings (section <c>Graph</c>). Empty credentials fall back to the bot's own app
/// registration (MicrosoftAppId, MicrosoftAppPassword or certificate, MicrosoftAppTenantId); set ClientId and a
/// secret or certificate here for a separate registration, or UseManagedIdentity.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Tests and local runs point this at a fake on 127.0.0.1.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";
    /// <summary>Token scope; by default <c>{scheme}://{host of BaseUrl}/.default</c>.</summary>
    public string? Scope { get; set; }
    /// <summary>The organisation's tenant: Graph app-only tokens need a real tenant, not botframework.com.</summary>
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    public bool UseManagedIdentity { get; set; }
    /// <summary>Entra authority host for tokens; by default the bot's AuthorityHost (unset there too: Azure's public cloud).</summary>
    public string? AuthorityHost { get; set; }
    /// <summary>Members per page in a full read (Graph allows up to 999).</summary>
    public int PageSize { get; set; } = 999;
    /// <summary>Retries of a throttled (429) or unavailable (503, 504) request; Retry-After is honoured when given.</summary>
    public int MaxRetries { get; set; } = 5;
    /// <summary>Base of the exponential back-off when the answer gives no Retry-After, in seconds.</summary>
    public int RetryDelaySeconds { get; set; } = 3;
    /// <summary>Timeout of one Graph request, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 100;
    /// <summary>Requests on one mailbox (mail, calendar) in 10 minutes: Exchange Online allows 10 000 per app and mailbox.</summary>
    public int MailboxRequestsPer10Minutes { get; set; } = 10_000;

    public Uri BaseUri => new(BaseUrl.TrimEnd('/'));

    public string EffectiveScope => Scope is { Length: > 0 } scope ? scope : $"{BaseUri.GetLeftPart(UriPartial.Authority)}/.default";
}
