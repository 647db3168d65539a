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

    /// <summary>The person removed the app from their Teams: it is not installed again against their will.</summary>
    public const string AppRemovedByUser = "app-removed-by-user";

    /// <summary>Teams would not install the app for the person (a guest whose tenant does not allow it, a user gone, a blocked app).</summary>
    public const string AppNotInstallable = "app-not-installable";

    /// <summary>Not reached in Teams, and the network data has no (valid) e-mail address for the person.</summary>
    public const string NoEmail = "no-email";

    /// <summary>Not reached in Teams, and the person has asked for no e-mail from the bot.</summary>
    public const string EmailOptedOut = "email-opted-out";

    /// <summary>Microsoft Graph refused the app (401/403): a permission or the admin's consent is missing.</summary>
    public const string GraphAccessDenied = "graph-access-denied";

    /// <summary>The configured sending or organizer mailbox does not exist (or has no Exchange Online mailbox).</summary>
    public const string MailboxNotFound = "mailbox-not-found";

    /// <summary>Exchange refused the recipient's address.</summary>
    public const string InvalidEmailAddress = "invalid-email-address";
}
