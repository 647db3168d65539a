namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>What became of a queued reply.</summary>
public enum SendOutcome
{
    Sent,
    /// <summary>The connector refused it for good, or it still failed after every retry.</summary>
    Failed,
    /// <summary>Its deadline passed before it could be sent.</summary>
    Late,
    /// <summary>The bot is stopping; the reply is sent again after the next start.</summary>
    Stopped,
}
