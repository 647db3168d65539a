namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// One row of the routing table: activities of <see cref="Type"/> (and, for invokes, of <see cref="Name"/>)
/// go to <see cref="Handler"/>, which implements <see cref="IActivityHandler"/> or <see cref="IInvokeHandler"/>.
/// </summary>
public sealed record ActivityRoute(string Type, Type Handler, string? Name = null)
{
    public bool IsInvoke => Type == ActivityTypes.Invoke;

    public static ActivityRoute For<THandler>(string type) where THandler : IActivityHandler =>
        new(type, typeof(THandler));

    public static ActivityRoute ForInvoke<THandler>(string name) where THandler : IInvokeHandler =>
        new(ActivityTypes.Invoke, typeof(THandler), name);
}
