namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Activities of <see cref="Type"/> (messages, updates) are stored, queued in their conversation and handled by the handler.</summary>
public sealed record ActivityRoute(string Type, Type Handler) : Route(Handler)
{
    public override string Kind => "activity";

    public override string Key => Type;

    public override Type HandlerKind => typeof(IActivityHandler);
}
