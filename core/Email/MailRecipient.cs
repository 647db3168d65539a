namespace Verkostot.Core.Email;

/// <summary>
/// Whom an e-mail goes to, and the outbox row it is sent for: the renderer signs its links (answers, opting out) with
/// the row's id, which names the person without carrying their name.
/// </summary>
public sealed record MailRecipient(string PersonId, string Name, string Address, long MessageId);
