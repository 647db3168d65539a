using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Connector;

/// <summary>
/// A Bot Connector on http://127.0.0.1:{random port}: records every request the bot makes and answers like the
/// connector would (an id for each sent activity, an empty roster, …) unless a test scripts other answers.
/// Point an activity's serviceUrl (or a ConnectorClient call) at <see cref="ServiceUrl"/>.
/// </summary>
public sealed class FakeConnector : LoopbackServer
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<FakeResponse> _scripted = new();
    private readonly List<(Func<RecordedRequest, bool> Match, FakeResponse Response)> _rules = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Waiter)> _waiters = [];
    private readonly List<RecordedRequest> _delivered = [];
    private TaskCompletionSource _released = NewGate();
    private int _holdAfter = int.MaxValue;
    private int _answered;
    private int _held;
    private int _nextId;

    private FakeConnector()
    {
    }

    /// <summary>The connector's base address, with a trailing slash.</summary>
    public string ServiceUrl => Origin + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        await fake.ListenAsync();
        return fake;
    }

    protected override void Map(WebApplication app) => app.Run(HandleAsync);

    /// <summary>Every request so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    /// <summary>Activities the bot sent, replied or updated (not conversation creation), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> SentActivities =>
        [.. Requests.Where(r => r.Method is "POST" or "PUT" && r.Path.Contains("/activities", StringComparison.Ordinal))];

    /// <summary>
    /// Requests answered in full, oldest first: a request whose client went away first (a killed bot) is not among
    /// them, as a service that finishes its work when it answers would not have acted on it.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Delivered
    {
        get { lock (_gate) { return [.. _delivered]; } }
    }

    /// <summary>Answers the first <paramref name="answered"/> requests from now on as usual, then holds every later one until <see cref="Release"/>.</summary>
    public void HoldAfter(int answered)
    {
        lock (_gate)
        {
            _holdAfter = _answered + answered;
        }
    }

    /// <summary>
    /// Requests being held now whose client is still there. A killed client's held requests leave this count only when
    /// the server notices the closed connection, which is not at once: wait for it before <see cref="Release"/>, or a
    /// dead client's request may be answered into its closed socket and counted as delivered.
    /// </summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Answers the held requests (those whose client is still there) and holds no more.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _holdAfter = int.MaxValue;
            _released.TrySetResult();
            _released = NewGate();
        }
    }

    /// <summary>Answers the next requests with these, in order, before any rule or default.</summary>
    public void Enqueue(params FakeResponse[] responses)
    {
        lock (_gate)
        {
            foreach (var response in responses)
            {
                _scripted.Enqueue(response);
            }
        }
    }

    /// <summary>Answers every matching request with <paramref name="response"/> (after the queue; later rules win).</summary>
    public void When(Func<RecordedRequest, bool> match, FakeResponse response)
    {
        lock (_gate)
        {
            _rules.Insert(0, (match, response));
        }
    }

    /// <summary>Answers every request with <paramref name="response"/>.</summary>
    public void Always(FakeResponse response) => When(_ => true, response);

    /// <summary>Completes with the first request (past or future) that matches.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        var waiter = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_requests.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            _waiters.Add((match, waiter));
        }

        return waiter.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var response = Choose(request);
        if (response.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        if (HeldUntil() is { } released)
        {
            Interlocked.Increment(ref _held);
            try
            {
                await released.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _held);
            }
        }

        await RespondAsync(context.Response, response.StatusCode, response.Body, response.RetryAfter);
        await context.Response.CompleteAsync();
        if (!context.RequestAborted.IsCancellationRequested)
        {
            lock (_gate)
            {
                _delivered.Add(request);
            }
        }
    }

    private Task? HeldUntil()
    {
        lock (_gate)
        {
            return ++_answered > _holdAfter ? _released.Task : null;
        }
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget, headers, body, DateTimeOffset.UtcNow);

        List<TaskCompletionSource<RecordedRequest>> satisfied;
        lock (_gate)
        {
            _requests.Add(request);
            satisfied = [.. _waiters.Where(w => w.Match(request)).Select(w => w.Waiter)];
            _waiters.RemoveAll(w => satisfied.Contains(w.Waiter));
        }

        satisfied.ForEach(w => w.TrySetResult(request));
        return request;
    }

    private FakeResponse Choose(RecordedRequest request)
    {
        lock (_gate)
        {
            if (_scripted.TryDequeue(out var scripted))
            {
                return scripted;
            }

            foreach (var (match, response) in _rules)
            {
                if (match(request))
                {
                    return response;
                }
            }

            return Default(request, ++_nextId);
        }
    }

    private static FakeResponse Default(RecordedRequest request, int n)
    {
        var segments = request.Path.Trim('/').Split('/');
        var v3 = Array.IndexOf(segments, "v3");
        var route = v3 < 0 ? [] : segments[(v3 + 1)..];
        return (request.Method, route) switch
        {
            ("POST", ["conversations"]) => FakeResponse.Json($$"""{"id":"a:fake-conversation-{{n}}","activityId":"fake-activity-{{n}}"}"""),
            ("POST", ["conversations", _, "activities", ..]) => FakeResponse.Json($$"""{"id":"fake-activity-{{n}}"}"""),
            ("PUT", ["conversations", _, "activities", var id]) => FakeResponse.Json(JsonSerializer.Serialize(new { id = Uri.UnescapeDataString(id) })),
            ("DELETE", ["conversations", _, "activities", _]) => FakeResponse.Status(200),
            ("GET", ["conversations", _, "pagedmembers"]) => FakeResponse.Json("""{"members":[]}"""),
            ("GET", ["teams", var team]) => FakeResponse.Json(JsonSerializer.Serialize(new { id = Uri.UnescapeDataString(team), name = "Fake team" })),
            ("GET", ["teams", var team, "conversations"]) => FakeResponse.Json(JsonSerializer.Serialize(new { conversations = new[] { new { id = Uri.UnescapeDataString(team) } } })),
            _ => FakeResponse.Error(404, "NotFound"),
        };
    }
}
