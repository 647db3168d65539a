using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Tests.Roster.Fakes;

/// <summary>Delivers nothing; remembers every notice and to whom.</summary>
public sealed class RecordingMessenger : IMessenger
{
    private readonly List<(PersonAddress To, Notice Notice)> _sent = [];

    public IReadOnlyList<(PersonAddress To, Notice Notice)> Sent
    {
        get { lock (_sent) return [.. _sent]; }
    }

    public Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken)
    {
        lock (_sent) _sent.Add((person, notice));
        return Task.FromResult(Delivery.Delivered(new SentMessage("conversation", "activity", "https://connector.invalid/")));
    }

    public Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Roster sync never posts to channels.");

    public Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Roster sync never updates messages.");
}
