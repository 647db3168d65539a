using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Email;

/// <summary>
/// The e-mail lane's one step, shared by announcements and reminders: a person Teams could not reach gets the notice
/// by e-mail in their language, unless they have no address or opted out. A refusal by Graph (permission, mailbox) is
/// reported to the network's coordinators once per streak.
/// </summary>
public sealed class EmailFallback(IMailer mailer, EmailPreferences preferences, RecipientLanguage languages, GraphAccessMonitor access)
{
    public bool IsEnabled => mailer.IsEnabled;

    /// <param name="notice">The notice in a given language: e-mail speaks the recipient's.</param>
    /// <param name="networkId">Whose coordinators hear of a refusal by Graph.</param>
    /// <param name="messageId">The outbox row the e-mail is sent for.</param>
    public async Task<Delivery> SendAsync(Person person, Func<Language, Notice> notice, NetworkCatalog catalog, string networkId, long messageId,
        CancellationToken cancellationToken)
    {
        if (!IsPlausibleAddress(person.Email))
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoEmail);
        }
        if (await preferences.IsOptedOutAsync(person.Id, cancellationToken))
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.EmailOptedOut);
        }
        var language = await languages.OfAsync(person, catalog, cancellationToken);
        var delivery = await mailer.SendAsync(new MailRecipient(person.Id, person.Name, person.Email!.Trim(), messageId), notice(language), cancellationToken);
        await access.ObserveAsync(GraphFeature.Email, delivery, networkId, cancellationToken);
        return delivery;
    }

    // Exchange judges the address for good; this only keeps obvious non-addresses from costing a request.
    private static bool IsPlausibleAddress(string? address) =>
        address?.Trim() is { Length: >= 3 and <= 254 } trimmed && trimmed.IndexOf('@') is > 0 and var at && at < trimmed.Length - 1
        && !trimmed.Any(char.IsWhiteSpace);
}
