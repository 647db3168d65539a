using System.Collections.Concurrent;
using Verkostot.Core.Messaging;

namespace Verkostot.Testing.Messaging;

/// <summary>
/// Stands in for Teams: records every message it accepted, 1:1 and in channels. People without an Entra id are unreachable, as in the
/// real adapter. <see cref="CrashAfterAccepting"/> plays a sender that dies after Teams took the message.
/// </summary>
public sealed class RecordingMessenger : IMessenger
{
    private int _activityIds;

    public ConcurrentQueue<(PersonAddress To, Notice Notice)> Sent { get; } = new();
    public ConcurrentQueue<(ChannelAddress To, Notice Notice)> Posted { get; } = new();
    public Func<PersonAddress, bool> CrashAfterAccepting { get; set; } = _ => false;
    public Func<PersonAddress, DeliveryStatus?> FailWith { get; set; } = _ => null;

    public IReadOnlyList<Notice> To(string personId) => [.. Sent.Where(s => s.To.PersonId == personId).Select(s => s.Notice)];

    public Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken)
    {
        if (person.EntraObjectId is null) return Task.FromResult(Delivery.Failed(DeliveryStatus.Unreachable, "no Entra id"));
        if (FailWith(person) is { } status) return Task.FromResult(Delivery.Failed(status, "fake failure"));
        Sent.Enqueue((person, notice));
        if (CrashAfterAccepting(person)) throw new IOException("connection reset after the request was sent");
        return Task.FromResult(Delivery.Delivered(new SentMessage($"a:{person.PersonId}", $"act-{Interlocked.Increment(ref _activityIds)}", "fake:")));
    }

    public Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        Posted.Enqueue((channel, notice));
        return Task.FromResult(Delivery.Delivered(new SentMessage(channel.ChannelId, $"post-{Interlocked.Increment(ref _activityIds)}", "fake:")));
    }

    public Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken) =>
        Task.FromResult(Delivery.Delivered(sent));
}
