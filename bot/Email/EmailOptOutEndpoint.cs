using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Email;

/// <summary>
/// The opt-out link of every e-mail. Opening it only asks (mail scanners open links too); the button, or a mail
/// client's one-click unsubscribe (RFC 8058, a POST of <c>List-Unsubscribe=One-Click</c>), opts out. The page then
/// offers to opt back in. Only a valid, unexpired signed link does anything.
/// </summary>
public static class EmailOptOutEndpoint
{
    private const string ChoiceField = "choice";

    public static IEndpointRouteBuilder MapEmailOptOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(EmailLinks.OptOutPath, (long message, string lang, string? expires, string? sig, HttpRequest request, EmailLinks links) =>
        {
            var language = LocaleLanguage.Of(lang);
            if (!links.IsValidOptOut(message, expires, sig)) return LinkPage.Expired(language);
            return new LinkPage(language, language.Pick("Botin sähköpostit", "Botens e-post", "E-mail from the bot"))
                .Paragraph(language.Pick(
                    "Saat verkoston viestit sähköpostiin silloin, kun ne eivät tavoita sinua Teamsissa.",
                    "Du får nätverkets meddelanden per e-post när de inte når dig i Teams.",
                    "You get the network's messages by e-mail when they cannot reach you in Teams."))
                .Button(language.Pick("Lopeta sähköpostit", "Avsluta e-posten", "Stop the e-mails"), request.Path + request.QueryString, ChoiceField, "out")
                .Result();
        }).ExcludeFromDescription();

        // The signed link is the credential; a form token would break the mail clients' one-click POST.
        endpoints.MapPost(EmailLinks.OptOutPath, async (long message, string lang, string? expires, string? sig, HttpRequest request,
            EmailLinks links, EmailPreferences preferences, CancellationToken cancellationToken) =>
        {
            var language = LocaleLanguage.Of(lang);
            if (!links.IsValidOptOut(message, expires, sig)) return LinkPage.Expired(language);
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            var optingIn = form is not null && form[ChoiceField].ToString() == "in";
            if (!await preferences.SetForMessageAsync(message, optedOut: !optingIn, cancellationToken)) return LinkPage.Expired(language);
            return optingIn ? OptedIn(language) : OptedOut(language, request.Path + request.QueryString);
        }).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static IResult OptedOut(Language language, string action) =>
        new LinkPage(language, language.Pick("Sähköpostit lopetettu", "E-posten avslutad", "E-mails stopped"))
            .Paragraph(language.Pick(
                "Et saa enää botin viestejä sähköpostiin. Ne tulevat edelleen Teamsiin, kun sinut tavoitetaan siellä.",
                "Du får inte längre botens meddelanden per e-post. De kommer fortfarande i Teams när du nås där.",
                "You will no longer get the bot's messages by e-mail. They still come in Teams when you can be reached there."), strong: true)
            .Button(language.Pick("Ota sähköpostit takaisin käyttöön", "Slå på e-posten igen", "Turn the e-mails back on"), action, ChoiceField, "in")
            .Result();

    private static IResult OptedIn(Language language) =>
        new LinkPage(language, language.Pick("Sähköpostit käytössä", "E-posten påslagen", "E-mails on"))
            .Paragraph(language.Pick(
                "Saat taas verkoston viestit sähköpostiin, kun ne eivät tavoita sinua Teamsissa.",
                "Du får åter nätverkets meddelanden per e-post när de inte når dig i Teams.",
                "You will again get the network's messages by e-mail when they cannot reach you in Teams."), strong: true)
            .Result();
}
