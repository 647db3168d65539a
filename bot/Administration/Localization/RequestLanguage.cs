using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Localization;

/// <summary>
/// The language of a web app request: <c>?kieli=</c> (the Teams tab passes its <c>{locale}</c>, e.g. fi-fi or sv-se),
/// then the cookie that remembers the last choice, then Finnish. The browser's own language is not asked: the
/// networks work in Finnish, and Teams desktop often reports English for Finnish users.
/// </summary>
public static class RequestLanguage
{
    public const string QueryKey = "kieli";
    public const string CookieName = "verkostot-kieli";

    public static Language Of(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(RequestLanguage), out var cached) && cached is Language known)
        {
            return known;
        }
        var language = Parse(context.Request.Query[QueryKey]) ?? Parse(context.Request.Cookies[CookieName]) ?? Language.Finnish;
        context.Items[typeof(RequestLanguage)] = language;
        return language;
    }

    /// <summary>Keeps a language chosen with <c>?kieli=</c> for the following pages.</summary>
    public static void Remember(HttpContext context)
    {
        if (Parse(context.Request.Query[QueryKey]) is { } chosen && Parse(context.Request.Cookies[CookieName]) != chosen)
        {
            context.Response.Cookies.Append(CookieName, Tag(chosen), new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = context.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
    }

    public static string Tag(Language language) => language switch
    {
        Language.Swedish => "sv",
        Language.English => "en",
        _ => "fi",
    };

    private static Language? Parse(string? value) => LocaleLanguage.Find(value);
}
