using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Administration.SignIn;

/// <summary>
/// The Entra app registration the web app signs in with: section <c>AzureAd</c> as Microsoft.Identity.Web names it,
/// each key defaulting to the bot's own identity (the instance to its AuthorityHost) (the manifest's webApplicationInfo uses the bot's app id).
/// No client id at all means no Entra sign-in: only the developer sign-in, and only in Development.
/// </summary>
public sealed record EntraSignIn(string Instance, string TenantId, string ClientId, string? ClientSecret, IReadOnlyList<string> Audiences)
{
    public const string Section = "AzureAd";
    private const string DefaultInstance = "https://login.microsoftonline.com/";

    public static EntraSignIn? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var bot = configuration.Get<BotOptions>() ?? new BotOptions();
        var clientId = Value(section["ClientId"]) ?? Value(bot.MicrosoftAppId);
        if (clientId is null)
        {
            return null;
        }
        var host = Value(configuration[$"{AdministrationOptions.Section}:{nameof(AdministrationOptions.PublicHost)}"])
            ?? (Uri.TryCreate(configuration[$"{VerkostotOptions.Section}:{nameof(VerkostotOptions.PublicBaseUrl)}"], UriKind.Absolute, out var url) ? url.Authority : null);
        string[] audiences = host is null ? [clientId, $"api://{clientId}"] : [clientId, $"api://{clientId}", $"api://{host}/{clientId}"];
        return new EntraSignIn(
            Value(section["Instance"]) ?? Value(bot.AuthorityHost) ?? DefaultInstance,
            Value(section["TenantId"]) ?? Value(bot.MicrosoftAppTenantId) ?? "organizations",
            clientId,
            Value(section["ClientSecret"]) ?? Value(bot.MicrosoftAppPassword),
            audiences);
    }

    /// <summary>
    /// The token issuers accepted, with {tenantid} standing for the token's own tid claim (Microsoft.Identity.Web's
    /// issuer validator fills it in): v2.0 tokens from the instance, and v1.0 tokens, which Teams single sign-on
    /// issues unless the app registration asks for v2.0.
    /// </summary>
    public IReadOnlyList<string> Issuers => [$"{Instance.TrimEnd('/')}/{{tenantid}}/v2.0", "https://sts.windows.net/{tenantid}/"];

    /// <summary>Tests serve the OpenID metadata on 127.0.0.1 over plain HTTP; anything else must be HTTPS.</summary>
    public bool IsLoopback => Uri.TryCreate(Instance, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
