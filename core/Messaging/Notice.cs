using Verkostot.Core.Domain;

namespace Verkostot.Core.Messaging;

/// <summary>
/// Something the bot tells people on its own initiative (a reminder, an announcement, a roster report).
/// Each kind is a record deriving from this one; the bot renders each kind as an Adaptive Card.
/// </summary>
public abstract record Notice(Language Language)
{
    /// <summary>The plain-text version: the card's fallback and the notification preview.</summary>
    public abstract string PlainText { get; }
}
