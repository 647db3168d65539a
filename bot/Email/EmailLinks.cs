using System.Globalization;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Links;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Email;

/// <summary>
/// The signed links in e-mails. They name the outbox row the e-mail was sent for, never the person: the row says whom
/// it went to, and an address carries no name into logs or browser history. Each kind signs its own purpose, so an
/// opt-out link never answers a reminder.
/// </summary>
public sealed class EmailLinks(SignedLinks links, IOptions<EmailOptions> options)
{
    public const string OptOutPath = "/email/opt-out/{message:long}/{lang}";
    public const string AnswerPath = "/rsvp/{message:long}/{answer}/{lang}";
    private const string OptOutPurpose = "email-opt-out";
    private const string AnswerPurpose = "email-rsvp";

    /// <summary>Where the recipient of outbox row <paramref name="messageId"/> opts out of e-mail.</summary>
    public Uri OptOut(long messageId, Language language) =>
        links.Create(OptOutPurpose, Subject(messageId), $"email/opt-out/{Subject(messageId)}/{Code(language)}", options.Value.LinkLifetime);

    public bool IsValidOptOut(long messageId, string? expires, string? signature) =>
        links.IsValid(OptOutPurpose, Subject(messageId), expires, signature);

    /// <summary>Where the recipient of reminder row <paramref name="messageId"/> answers <paramref name="answer"/> ("yes" or "no").</summary>
    public Uri Answer(long messageId, string answer, Language language) =>
        links.Create(AnswerPurpose, $"{Subject(messageId)}/{answer}", $"rsvp/{Subject(messageId)}/{answer}/{Code(language)}", options.Value.LinkLifetime);

    public bool IsValidAnswer(long messageId, string answer, string? expires, string? signature) =>
        links.IsValid(AnswerPurpose, $"{Subject(messageId)}/{answer}", expires, signature);

    private static string Subject(long messageId) => messageId.ToString(CultureInfo.InvariantCulture);

    private static string Code(Language language) => language.Pick("fi", "sv", "en");
}
