using Verkostot.Core.Domain;

namespace Verkostot.Core.Localization;

/// <summary>The bot's language for a Teams client locale: "fi-FI", "sv-SE", "en-US".</summary>
public static class LocaleLanguage
{
    /// <summary>Finnish, the networks' working language, when the locale is missing or one the bot does not speak.</summary>
    public static Language Of(string? locale) => Find(locale) ?? Language.Finnish;

    /// <summary>Null when the locale is missing or not one the bot speaks.</summary>
    public static Language? Find(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        // The primary subtag only: "fil" (Filipino) is not Finnish.
        var code = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code switch
        {
            "fi" => Language.Finnish,
            "sv" => Language.Swedish,
            "en" => Language.English,
            _ => null,
        };
    }
}
