using Verkostot.Core.Messaging;

namespace Verkostot.Bench.Reminders;

/// <summary>Accepts every message at once, so the benchmark measures the ledger and not Teams.</summary>
internal sealed class CountingMessenger : IMessenger
{
    private int sent;

    public int Sent => Volatile.Read(ref sent);

    public Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref sent);
        return Task.FromResult(Delivery.Delivered(new SentMessage(person.PersonId, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "bench:")));
    }

    public Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken) =>
        Task.FromResult(Delivery.Delivered(new SentMessage(channel.ChannelId, "post", "bench:")));

    public Task<Delivery> UpdateAsync(SentMessage sentMessage, Notice notice, CancellationToken cancellationToken) =>
        Task.FromResult(Delivery.Delivered(sentMessage));
}
