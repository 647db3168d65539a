using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// The answer to a repeated invoke whose first answer this instance no longer has (or never had): a success, so that
/// Teams shows no error for an action that was done, worded so that it is true whichever delivery the person sees.
/// </summary>
public static class RepeatedInvokeAnswer
{
    public const string Finnish = "Tämä on jo käsitelty.";

    public static InvokeResponse For(string? locale) =>
        CardActionResponses.Message(LocaleLanguage.Of(locale).Pick(Finnish, "Det här är redan behandlat.", "This has already been handled."));
}
