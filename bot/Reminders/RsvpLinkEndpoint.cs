using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

/// <summary>
/// "Osallistun" / "En pääse" from a reminder's e-mail. Opening the link only asks (mail scanners open links before
/// people do, and must not answer for them); the page's button records the answer exactly as the card's buttons do,
/// the deputy's invitation included, and shows what followed. Only a valid, unexpired signed link does anything.
/// </summary>
public static class RsvpLinkEndpoint
{
    public static IEndpointRouteBuilder MapRsvpLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(EmailLinks.AnswerPath, async (long message, string answer, string lang, string? expires, string? sig, HttpRequest request,
            EmailLinks links, RsvpService rsvp, CancellationToken cancellationToken) =>
        {
            var language = LocaleLanguage.Of(lang);
            if (AnswerOf(answer) is not { } chosen || !links.IsValidAnswer(message, answer, expires, sig)
                || await rsvp.MeetingOfAsync(message, language, cancellationToken) is not { } meeting)
            {
                return LinkPage.Expired(language);
            }
            return new LinkPage(language, language.Pick("Vahvista vastauksesi", "Bekräfta ditt svar", "Confirm your answer"))
                .Paragraph($"{Said(chosen, language)}: {Describe(meeting, language)}", strong: true)
                .Button(language.Pick("Vahvista", "Bekräfta", "Confirm"), request.Path + request.QueryString, "confirm", "1")
                .Result();
        }).ExcludeFromDescription();

        // The signed link is the credential, as it is for the GET.
        endpoints.MapPost(EmailLinks.AnswerPath, async (long message, string answer, string lang, string? expires, string? sig,
            EmailLinks links, RsvpService rsvp, CancellationToken cancellationToken) =>
        {
            var language = LocaleLanguage.Of(lang);
            if (AnswerOf(answer) is not { } chosen || !links.IsValidAnswer(message, answer, expires, sig))
            {
                return LinkPage.Expired(language);
            }
            return await rsvp.AnswerAsRecipientAsync(message, chosen, language, cancellationToken) switch
            {
                MeetingReminderNotice n => Answered(n.Meeting, n.Outcome, n.DeputyName, language),
                DeputyInvitationNotice n => Answered(n.Meeting, n.Outcome, null, language),
                _ => LinkPage.Expired(language),
            };
        }).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Answered(MeetingDetails meeting, RsvpOutcome outcome, string? deputyName, Language language)
    {
        if (outcome == RsvpOutcome.NotYours) return LinkPage.Expired(language);
        var title = outcome == RsvpOutcome.Closed
            ? language.Pick("Vastauksia ei enää oteta", "Svar tas inte längre emot", "Answers are closed")
            : language.Pick("Kiitos vastauksestasi", "Tack för ditt svar", "Thank you for your answer");
        return new LinkPage(language, title)
            .Paragraph(RsvpCard.OutcomeText(outcome, language, deputyName) ?? "", strong: true)
            .Paragraph(Describe(meeting, language))
            .Result();
    }

    private static AttendanceAnswer? AnswerOf(string answer) => answer switch
    {
        RsvpEmail.Yes => AttendanceAnswer.Attending,
        RsvpEmail.No => AttendanceAnswer.NotAttending,
        _ => null,
    };

    private static string Said(AttendanceAnswer answer, Language language) => answer == AttendanceAnswer.Attending
        ? language.Pick("Osallistun", "Jag deltar", "I'll attend")
        : language.Pick("En pääse", "Jag kan inte komma", "I can't attend");

    private static string Describe(MeetingDetails meeting, Language language) =>
        $"{MeetingKindNames.Heading(meeting.Kind, language)} {HelsinkiDateFormat.Format(meeting.StartsAt, language)} ({meeting.NetworkName})";
}
