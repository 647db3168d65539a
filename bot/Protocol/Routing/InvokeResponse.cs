using System.Text.Json;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>The HTTP answer to an invoke activity: a status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    /// <summary>What the Bot Framework SDK answers to an invoke nobody handles.</summary>
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}
