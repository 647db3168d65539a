namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>This process, as the owner of the inbox rows it claims; a new id on every start.</summary>
public sealed class InboxInstance
{
    public Guid Id { get; } = Guid.NewGuid();
}
