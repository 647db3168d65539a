using Verkostot.Bot.Chat.CardActions;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>An Adaptive Card button (Action.Execute) with <see cref="Verb"/>, clicked: its adaptiveCard/action invoke goes to the handler.</summary>
public sealed record CardVerbRoute(string Verb, Type Handler) : Route(Handler)
{
    public override string Kind => "card verb";

    public override string Key => Verb;

    public override Type HandlerKind => typeof(ICardAction);
}
