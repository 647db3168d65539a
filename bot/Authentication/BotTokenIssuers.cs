using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>Which <c>iss</c> values an inbound token may carry.</summary>
internal static class BotTokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    public static IReadOnlyList<string> For(BotOptions options) =>
        IsSingleTenant(options)
            ? [BotFramework, .. EntraIssuers(TenantOf(options))]
            : [BotFramework];

    public static bool IsSingleTenant(BotOptions options) =>
        string.Equals(options.MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    public static bool IsEntraIssuer(string issuer, BotOptions options) =>
        IsSingleTenant(options) && EntraIssuers(TenantOf(options)).Contains(issuer, StringComparer.Ordinal);

    public static string TenantOf(BotOptions options) =>
        // Entra writes tenant GUIDs in lower case; configuration may not.
        (options.MicrosoftAppTenantId ?? "").Trim().ToLowerInvariant();

    // The v1 and v2 endpoints of the bot's own tenant, as a single-tenant bot's tokens are issued there.
    private static string[] EntraIssuers(string tenant) =>
        [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
}
