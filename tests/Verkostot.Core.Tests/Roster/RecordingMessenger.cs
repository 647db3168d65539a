using Verkostot.Core.Messaging;

namespace Verkostot.Core.Tests.Roster;

/// <summary>Delivers nothing; remembers every notice and to whom.</summary>
internal sealed class RecordingMessenger : IMessenger
{
    public List<(PersonAddress To, Notice Notice)> Sent { get; } = [];

    public Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken)
    {
        Sent.Add((person, notice));
        return Task.FromResult(Delivery.Delivered(new SentMessage("conversation", $"activity-{Sent.Count}", "https://connector.invalid/")));
    }

    public Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Roster sync never posts to channels.");

    public Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Roster sync never updates messages.");
}
