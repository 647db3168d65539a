namespace Verkostot.Core.Privacy;

/// <summary>
/// Configuration section <c>Retention</c>: how long personal data the bot collects while it works is kept. The
/// defaults are those docs/privacy.md states; the network data itself (people, roles, rosters) is the association's
/// register, kept until an import or <c>erase-person</c> removes it.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Delivery rows of reminders and announcements (with the announcements themselves), after the meeting or the sending.</summary>
    public int DeliveryMonths { get; set; } = 24;

    /// <summary>Answers to meeting invitations ("Osallistun" / "En pääse"), after the answer and the meeting.</summary>
    public int AnswerMonths { get; set; } = 24;

    /// <summary>
    /// Conversation references, installation outcomes and e-mail opt-outs of people no longer in any network: kept
    /// this many days after they left and after their last message.
    /// </summary>
    public int FormerMemberDays { get; set; } = 90;

    /// <summary>The change log (who changed what, never the values).</summary>
    public int ChangeLogMonths { get; set; } = 24;

    /// <summary>
    /// Received activities the inbox did not clear itself (a crash between receipt and handling). Nothing is handled
    /// more than two minutes after it arrived, so a day keeps only what an operator may want to look at.
    /// </summary>
    public int InboxDays { get; set; } = 1;
}
