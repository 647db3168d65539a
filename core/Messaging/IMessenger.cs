namespace Verkostot.Core.Messaging;

/// <summary>
/// Port: delivers a notice to a person (1:1) or to a network's channel (a new thread), and replaces one sent
/// earlier. The bot implements it on the Bot Connector; core and jobs never see Teams.
/// </summary>
public interface IMessenger
{
    Task<Delivery> SendToPersonAsync(PersonAddress person, Notice notice, CancellationToken cancellationToken);

    Task<Delivery> PostToChannelAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken);

    Task<Delivery> UpdateAsync(SentMessage sent, Notice notice, CancellationToken cancellationToken);
}
