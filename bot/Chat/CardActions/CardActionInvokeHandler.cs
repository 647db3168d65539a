using System.Text.Json;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Chat.CardActions;

/// <summary>adaptiveCard/action invokes (Action.Execute), sent on to the <see cref="ICardAction"/> the route table names for their verb.</summary>
public sealed partial class CardActionInvokeHandler(RouteTable routes, IServiceProvider services, ILogger<CardActionInvokeHandler> logger) : IInvokeHandler
{
    public Task<InvokeResponse> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryReadAction(activity.Value, out var verb, out var data))
        {
            return Task.FromResult(InvokeResponse.BadRequest);
        }
        if (routes.FindCardVerb(verb) is not { } route)
        {
            LogUnknownVerb(verb);
            return Task.FromResult(CardActionResponses.Message(UnknownVerbText(activity.Locale)));
        }
        return ((ICardAction)services.GetRequiredService(route.Handler)).ExecuteAsync(activity, data, cancellationToken);
    }

    // value = { "action": { "type": "Action.Execute", "verb": "...", "data": { ... } }, "trigger": "manual" }
    private static bool TryReadAction(JsonElement? value, out string verb, out JsonElement data)
    {
        verb = string.Empty;
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        verb = verbElement.GetString()!;
        data = action.TryGetProperty("data", out var d) ? d : default;
        return true;
    }

    private static string UnknownVerbText(string? locale) => LocaleLanguage.Of(locale).Pick(
        "Tämä painike ei ole enää käytössä.", "Den här knappen används inte längre.", "This button is no longer in use.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "No card action for verb '{Verb}'")]
    private partial void LogUnknownVerb(string verb);
}
