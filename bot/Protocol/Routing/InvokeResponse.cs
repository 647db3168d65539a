using System.Text.Json;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>The HTTP answer to an invoke activity: a status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    /// <summary>What the Bot Framework SDK answers to an invoke nobody handles.</summary>
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);

    /// <summary>
    /// A handler failed: Teams shows the card's error state from this body, while the HTTP exchange itself succeeds.
    /// </summary>
    public static InvokeResponse Failed { get; } = new(StatusCodes.Status200OK, JsonDocument.Parse("""
        {"statusCode":500,"type":"application/vnd.microsoft.error","value":{"code":"InternalError","message":"Jokin meni vikaan. Yritä hetken päästä uudelleen."}}
        """).RootElement.Clone());

    /// <summary>
    /// Not an invoke's answer: an activity that could not be stored is refused with 503, which the Bot Connector
    /// takes as a reason to deliver it again.
    /// </summary>
    public static InvokeResponse NotStored { get; } = new(StatusCodes.Status503ServiceUnavailable);

    /// <summary>An invoke whose value is not what its name promises.</summary>
    public static InvokeResponse BadRequest { get; } = new(StatusCodes.Status400BadRequest);
}
