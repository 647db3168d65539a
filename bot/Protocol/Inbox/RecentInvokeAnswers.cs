using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// The answers of the invokes this instance ran lately (or is running), by inbox key, so that an invoke Teams delivers
/// again gets the answer of the first delivery, and one arriving while the first still runs waits for it. Teams
/// repeats an invoke within seconds, so the memory is bounded in count as well as age: beyond it (or from another
/// instance) a repeat is still recognised by the inbox, only answered with a neutral message instead.
/// </summary>
internal sealed class RecentInvokeAnswers(TimeSpan keepFor, int capacity, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    // In arrival order; an entry forgotten early stays here until it comes up, then is skipped.
    private readonly Queue<Entry> _inOrder = new();

    /// <summary>Remembers <paramref name="answer"/> for the key; false, with the answer remembered, when the key is known already.</summary>
    public bool TryAdd(string key, Task<InvokeResponse> answer, out Task<InvokeResponse> earlier)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            if (_byKey.TryGetValue(key, out var known))
            {
                earlier = known.Answer;
                return false;
            }
            var entry = new Entry(key, answer, now);
            _byKey.Add(key, entry);
            _inOrder.Enqueue(entry);
            earlier = answer;
            return true;
        }
    }

    /// <summary>Forgets the key if it still holds <paramref name="answer"/>: the invoke did not run, a repeat may try again.</summary>
    public void Forget(string key, Task<InvokeResponse> answer)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var known) && known.Answer == answer)
            {
                _byKey.Remove(key);
            }
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_inOrder.TryPeek(out var oldest) && (_inOrder.Count >= capacity || now - oldest.At >= keepFor))
        {
            _inOrder.Dequeue();
            if (_byKey.TryGetValue(oldest.Key, out var known) && known == oldest)
            {
                _byKey.Remove(oldest.Key);
            }
        }
    }

    private sealed record Entry(string Key, Task<InvokeResponse> Answer, DateTimeOffset At);
}
