using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>
/// A complete, valid production configuration for a bot process in <paramref name="folder"/>, every remote address on
/// 127.0.0.1 (nothing the bot might call at start leaves the machine). Tests take one key away or spoil it.
/// </summary>
public static class ProductionSettings
{
    public const string LinkSigningKey = "production-test-link-signing-key-0123456789";

    public static Dictionary<string, string?> In(string folder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppTenantId"] = TestTokens.TenantId,
        ["MicrosoftAppPassword"] = "client-secret-not-used",
        ["AuthorityHost"] = "https://127.0.0.1:9/",
        ["OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
        ["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/",
        ["Verkostot:LinkSigningKey"] = LinkSigningKey,
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={DatabaseFile(folder)}",
    };

    public static string DatabaseFile(string folder) => Path.Combine(folder, "data", "verkostot.db");
}
