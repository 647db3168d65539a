namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>The turn a DI scope was created for, so that replies queued in it belong to that turn.</summary>
public sealed class CurrentTurn
{
    public Turn? Turn { get; set; }
}
