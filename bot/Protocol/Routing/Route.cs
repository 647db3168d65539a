using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// One row of the route table: what arrives (an activity type, an invoke name, a card verb or a message command) and
/// the handler that answers it. The bot's rows are listed in <see cref="Hosting.BotRoutes"/>.
/// </summary>
public abstract record Route(Type Handler)
{
    /// <summary>What kind of thing the row takes: "activity", "invoke", "card verb", "command".</summary>
    public abstract string Kind { get; }

    /// <summary>The one thing of its kind the row takes, e.g. the verb.</summary>
    public abstract string Key { get; }

    /// <summary>The interface its handler implements.</summary>
    public abstract Type HandlerKind { get; }

    /// <summary>As a start-up problem names it, e.g. <c>card verb 'rsvp.attend'</c>.</summary>
    public string Takes => $"{Kind} '{Key}'";

    public static ActivityRoute Activity<THandler>(string type) where THandler : IActivityHandler => new(type, typeof(THandler));

    public static InvokeRoute Invoke<THandler>(string name) where THandler : IInvokeHandler => new(name, typeof(THandler));

    public static CardVerbRoute CardVerb<TAction>(string verb) where TAction : ICardAction => new(verb, typeof(TAction));

    public static CommandRoute Command<TCommand>(CommandWords words) where TCommand : IChatCommand => new(words, typeof(TCommand));
}
