namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Invoke activities named <see cref="Name"/> are answered by the handler in the HTTP response.</summary>
public sealed record InvokeRoute(string Name, Type Handler) : Route(Handler)
{
    public override string Kind => "invoke";

    public override string Key => Name;

    public override Type HandlerKind => typeof(IInvokeHandler);
}
