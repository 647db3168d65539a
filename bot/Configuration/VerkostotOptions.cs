namespace Verkostot.Bot.Configuration;

/// <summary>Settings of this bot beyond its Bot Framework identity (section "Verkostot").</summary>
public sealed class VerkostotOptions
{
    public const string Section = "Verkostot";

    /// <summary>Development only: where <c>dotnet run</c> listens, so links work on a developer's machine.</summary>
    public static readonly Uri DevelopmentPublicBaseUrl = new("http://localhost:3978/");

    /// <summary>Development only: a fixed key, so links survive restarts on a developer's machine.</summary>
    public const string DevelopmentLinkSigningKey = "verkostot-development-link-signing-key-not-for-production";

    /// <summary>Entra tenant ids whose activities are served; empty serves any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// The bot's public address, e.g. <c>https://verkostot.example.fi/</c>: every link the bot hands out (.ics files,
    /// CSV reports, later e-mail and web links) starts with it. Required outside Development.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The one HMAC key that signs every link the bot hands out, at least 32 characters, the same on every instance.
    /// Required outside Development.
    /// </summary>
    public string? LinkSigningKey { get; set; }

    public bool AllowsTenant(string? tenantId) =>
        AllowedTenants.Count == 0
        || (tenantId is not null && AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
}
