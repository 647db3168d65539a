using System.Runtime.CompilerServices;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>Counts the messages one host got through, so a test can tell that each instance took part.</summary>
public sealed class CountingMessenger(IMessenger inner, StrongBox<int> sent) : IMessenger
{
    public async Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken) =>
        Counted(await inner.SendToPersonAsync(person, notice, cancellationToken));

    public async Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken) =>
        Counted(await inner.PostToChannelAsync(channel, notice, cancellationToken));

    public Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken) =>
        inner.UpdateAsync(sent, notice, cancellationToken);

    private Delivery Counted(Delivery delivery)
    {
        if (delivery.IsSent)
        {
            Interlocked.Increment(ref sent.Value);
        }
        return delivery;
    }
}
