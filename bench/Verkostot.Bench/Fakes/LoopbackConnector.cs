using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Fakes;

/// <summary>
/// The Bot Connector's reply endpoint on 127.0.0.1: answers <c>{"id":"x"}</c>, counts replies and notes when the
/// reply to each awaited activity arrived (<see cref="Stopwatch"/> ticks), so a load run can measure end to end.
/// </summary>
public sealed class LoopbackConnector : LoopbackServer
{
    private static readonly byte[] ResourceResponse = """{"id":"x"}"""u8.ToArray();
    private static readonly byte[] TypingType = """"type":"typing""""u8.ToArray();

    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _awaited = new(StringComparer.Ordinal);
    private long _replies;
    private long _replyBytes;
    private long _otherPosts;
    private long _typing;

    /// <summary>The serviceUrl activities carry (with its trailing slash, as Teams sends it).</summary>
    public string ServiceUrl => Origin + "/";

    /// <summary>Replies to an activity, typing indicators included.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>Typing indicators, wherever they were posted: a reply that only says "typing…" answers nobody.</summary>
    public long Typing => Interlocked.Read(ref _typing);

    /// <summary>Messages that answer someone: every post into a conversation except typing indicators.</summary>
    public long Messages => Replies + OtherPosts - Typing;
    public long ReplyBytes => Interlocked.Read(ref _replyBytes);

    /// <summary>Sends into a conversation that are not replies (e.g. typing indicators).</summary>
    public long OtherPosts => Interlocked.Read(ref _otherPosts);

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        await connector.ListenAsync();
        return connector;
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", ReplyAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", SendAsync);
    }

    /// <summary>Completes with the arrival time of the reply to <paramref name="activityId"/>.</summary>
    public Task<long> ReplyTo(string activityId)
    {
        var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaited[activityId] = arrival;
        return arrival.Task;
    }

    public void Forget(string activityId) => _awaited.TryRemove(activityId, out _);

    private async Task ReplyAsync(string activityId, HttpContext http)
    {
        var arrived = Stopwatch.GetTimestamp();
        var bytes = await DrainAsync(http.Request);
        Interlocked.Increment(ref _replies);
        Interlocked.Add(ref _replyBytes, bytes);
        await RespondAsync(http.Response);
        if (_awaited.TryRemove(activityId, out var arrival))
        {
            arrival.TrySetResult(arrived);
        }
    }

    private async Task SendAsync(HttpContext http)
    {
        await DrainAsync(http.Request);
        Interlocked.Increment(ref _otherPosts);
        await RespondAsync(http.Response);
    }

    private async Task<long> DrainAsync(HttpRequest request)
    {
        var buffer = new byte[4096];
        long total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            // A typing indicator is a few dozen bytes: its type is always in the first read.
            if (total == 0 && buffer.AsSpan(0, read).IndexOf(TypingType) >= 0)
            {
                Interlocked.Increment(ref _typing);
            }
            total += read;
        }
        return total;
    }

    private static Task RespondAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        return response.Body.WriteAsync(ResourceResponse).AsTask();
    }
}
