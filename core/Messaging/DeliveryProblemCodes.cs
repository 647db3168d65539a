namespace Verkostot.Core.Messaging;

/// <summary>
/// Why a message could not be delivered, as codes in <see cref="Delivery.Reason"/>. Codes, not sentences: each use
/// case words them for its own readers (a Finnish coordinator's report, a log line). A failure reported by Teams
/// carries Teams' own error code instead.
/// </summary>
public static class DeliveryProblemCodes
{
    /// <summary>The person has no Entra object id in the network data, so Teams cannot be asked for them.</summary>
    public const string NoEntraId = "no-entra-id";

    /// <summary>No 1:1 chat is stored, and none could be opened through a team where the bot is installed.</summary>
    public const string NoPersonalChat = "no-personal-chat";

    /// <summary>The bot has no conversation in the network's team, so it cannot post to its channel.</summary>
    public const string BotNotInTeam = "bot-not-in-team";

    /// <summary>The send threw; whether it reached Teams is unknown.</summary>
    public const string SendCrashed = "send-crashed";
}
