using System.Text.Json;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol;

/// <summary>Writes an invoke response: its status, and its body as JSON when it has one.</summary>
internal sealed class InvokeResult(InvokeResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = response.Status;
        if (response.Body is { } body)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
            body.WriteTo(writer);
        }
    }
}
