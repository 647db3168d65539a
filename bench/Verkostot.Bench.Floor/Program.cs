using System.Net.Http.Json;
using Verkostot.Bench.Floor;

// dotnet Verkostot.Bench.Floor.dll --urls http://127.0.0.1:PORT
// POST /api/messages: parse the activity, post "Echo: <text>" to its serviceUrl, answer 200. No authentication, no
// storage, no queue: the least any bot on ASP.NET Core does for a message.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddHttpClient("connector");
var app = builder.Build();

app.MapPost("/api/messages", async (HttpRequest request, IHttpClientFactory clients, CancellationToken cancellationToken) =>
{
    var activity = await request.ReadFromJsonAsync(FloorJsonContext.Default.FloorActivity, cancellationToken);
    if (activity is not { Type: "message", Id: { } id, ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
    {
        return Results.Ok();
    }

    var uri = new Uri(new Uri(serviceUrl), $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(id)}");
    using var response = await clients.CreateClient("connector").PostAsJsonAsync(uri,
        new FloorReply("message", "Echo: " + activity.Text, id), FloorJsonContext.Default.FloorReply, cancellationToken);
    return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(StatusCodes.Status502BadGateway);
});

await app.RunAsync();
