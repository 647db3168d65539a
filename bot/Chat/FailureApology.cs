using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Chat;

/// <summary>What the person is told when handling their message failed, instead of silence.</summary>
public static class FailureApology
{
    public const string Finnish = "Pahoittelut, jokin meni vikaan. Yritä hetken päästä uudelleen.";
    public const string Swedish = "Förlåt, något gick fel. Försök igen om en stund.";
    public const string English = "Sorry, something went wrong. Please try again in a moment.";

    public static OutgoingActivity For(string? locale) =>
        OutgoingActivity.Message(LocaleLanguage.Of(locale).Pick(Finnish, Swedish, English)) with { TextFormat = TextFormats.Plain };
}
