using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Connector;

/// <summary>
/// A Bot Connector on 127.0.0.1 that holds the bot to Teams' limits: at most <see cref="PerConversationPerSecond"/>
/// requests a second in one conversation and <see cref="PerTenantPerSecond"/> for the whole app, answering 429 with
/// Retry-After beyond them; and it fails a share of requests at random (429 or 503) before delivering anything.
/// It records what was delivered where, so tests can count lost and duplicated messages.
/// </summary>
public sealed class ThrottlingConnector : LoopbackServer
{
    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _tenantWindow = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversationWindows = [];
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _delivered = new();
    private readonly ConcurrentQueue<(string ConversationId, string Body)> _updates = new();
    private readonly Random _random;
    private int _nextId;
    private int _requests;
    private int _throttled;
    private int _faults;

    private ThrottlingConnector(double faultRate, int seed)
    {
        FaultRate = faultRate;
        _random = new Random(seed);
    }

    /// <summary>The connector's base address, with a trailing slash.</summary>
    public string ServiceUrl => Origin + "/";
    public double FaultRate { get; set; }
    public int PerConversationPerSecond { get; init; } = 7;
    public int PerTenantPerSecond { get; init; } = 30;
    /// <summary>Time each accepted request takes, like a real service's latency.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(5);

    public int Requests => Volatile.Read(ref _requests);
    /// <summary>429s because a limit was exceeded (not injected).</summary>
    public int Throttled => Volatile.Read(ref _throttled);
    /// <summary>Injected 429/503 faults.</summary>
    public int Faults => Volatile.Read(ref _faults);

    /// <summary>Messages delivered per conversation (1:1 chat id, or "channel:{channelId}" for new threads).</summary>
    public IReadOnlyDictionary<string, int> DeliveredCounts => _delivered.ToDictionary(p => p.Key, p => p.Value.Count);

    public int DeliveredTotal => _delivered.Values.Sum(b => b.Count);

    public IReadOnlyList<string> DeliveredBodies(string conversationId) =>
        _delivered.TryGetValue(conversationId, out var bag) ? [.. bag] : [];

    /// <summary>Activity updates (PUT), oldest first: the live report card.</summary>
    public IReadOnlyList<(string ConversationId, string Body)> Updates => [.. _updates];

    public static async Task<ThrottlingConnector> StartAsync(double faultRate = 0.05, int seed = 42, int perTenantPerSecond = 30)
    {
        var fake = new ThrottlingConnector(faultRate, seed) { PerTenantPerSecond = perTenantPerSecond };
        await fake.ListenAsync();
        return fake;
    }

    protected override void Map(WebApplication app) => app.Run(HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];
        var segments = path.Trim('/').Split('/');
        var v3 = Array.IndexOf(segments, "v3");
        var route = v3 < 0 ? [] : segments[(v3 + 1)..];
        var conversation = route is ["conversations", var id, ..] ? Uri.UnescapeDataString(id) : ChannelOf(body);

        switch (Admit(conversation))
        {
            case Admission.Fault429:
                await RespondAsync(context.Response, 429, """{"error":{"code":"TooManyRequests","message":"Injected"}}""", "1");
                return;
            case Admission.Fault503:
                await RespondAsync(context.Response, 503, """{"error":{"code":"ServiceUnavailable","message":"Injected"}}""");
                return;
            case Admission.OverLimit:
                await RespondAsync(context.Response, 429, """{"error":{"code":"TooManyRequests","message":"Rate limit"}}""", "1");
                return;
        }
        await Task.Delay(Latency);
        var n = Interlocked.Increment(ref _nextId);
        switch (context.Request.Method, route)
        {
            case ("POST", ["conversations"]):
                var thread = $"{conversation};messageid=thread-{n}";
                if (HasActivity(body))
                {
                    Deliver("channel:" + conversation, body);
                }
                await RespondAsync(context.Response, 200, JsonSerializer.Serialize(new { id = thread, activityId = $"activity-{n}" }));
                return;
            case ("POST", ["conversations", _, "activities", ..]):
                Deliver(conversation!, body);
                await RespondAsync(context.Response, 200, JsonSerializer.Serialize(new { id = $"activity-{n}" }));
                return;
            case ("PUT", ["conversations", _, "activities", var activity]):
                _updates.Enqueue((conversation!, body));
                await RespondAsync(context.Response, 200, JsonSerializer.Serialize(new { id = Uri.UnescapeDataString(activity) }));
                return;
            case ("GET", ["conversations", _, "pagedmembers"]):
                await RespondAsync(context.Response, 200, """{"members":[]}""");
                return;
            default:
                await RespondAsync(context.Response, 404, """{"error":{"code":"NotFound","message":"Unknown route"}}""");
                return;
        }
    }

    private Admission Admit(string? conversation)
    {
        lock (_gate)
        {
            if (_random.NextDouble() < FaultRate)
            {
                Interlocked.Increment(ref _faults);
                return _random.Next(2) == 0 ? Admission.Fault429 : Admission.Fault503;
            }
            var now = DateTimeOffset.UtcNow;
            var second = now.AddSeconds(-1);
            Trim(_tenantWindow, second);
            var perConversation = conversation is null ? null
                : _conversationWindows.TryGetValue(conversation, out var queue) ? queue
                : _conversationWindows[conversation] = new Queue<DateTimeOffset>();
            if (perConversation is not null)
            {
                Trim(perConversation, second);
            }
            if (_tenantWindow.Count >= PerTenantPerSecond || perConversation?.Count >= PerConversationPerSecond)
            {
                Interlocked.Increment(ref _throttled);
                return Admission.OverLimit;
            }
            _tenantWindow.Enqueue(now);
            perConversation?.Enqueue(now);
            return Admission.Accepted;
        }
    }

    private static void Trim(Queue<DateTimeOffset> window, DateTimeOffset before)
    {
        while (window.TryPeek(out var oldest) && oldest <= before)
        {
            window.Dequeue();
        }
    }

    private void Deliver(string conversation, string body) => _delivered.GetOrAdd(conversation, _ => []).Add(body);

    private static string? ChannelOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var channel)
                && channel.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HasActivity(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("activity", out var activity) && activity.ValueKind == JsonValueKind.Object;
    }

    private enum Admission
    {
        Accepted,
        Fault429,
        Fault503,
        OverLimit,
    }
}
