using System.Text.RegularExpressions;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Announcements;

/// <summary>
/// Failure reasons as the coordinator reads them in the report and the CSV: Finnish sentences. A Teams error code
/// is kept after the sentence, since it is what IT support asks for; anything else the messenger said is not shown.
/// </summary>
public static partial class DeliveryReasons
{
    public const string Abandoned = "Lähetys katkesi kesken (palvelin käynnistyi uudelleen). Ei lähetetty uudelleen, ettei viesti mene kahdesti.";
    public const string NoChannel = "Verkostolle ei ole määritetty Teams-kanavaa.";

    /// <param name="channel">The lane the attempt was made in: an e-mail failure is worded as one.</param>
    public static string Of(Delivery delivery, int attempts, DeliveryChannel channel = DeliveryChannel.Teams) => delivery.Reason switch
    {
        DeliveryProblemCodes.NoEntraId => "Henkilön Teams-tunnus puuttuu verkoston tiedoista.",
        DeliveryProblemCodes.NoPersonalChat => "Henkilöä ei tavoiteta Teamsissa: hän ei ole tiimissä, jossa botti on, eikä ole keskustellut botin kanssa.",
        DeliveryProblemCodes.BotNotInTeam => "Bottia ei ole lisätty verkoston Teams-tiimiin.",
        DeliveryProblemCodes.SendCrashed => "Lähetyksessä tapahtui odottamaton virhe. Ei lähetetty uudelleen, ettei viesti mene kahdesti.",
        DeliveryProblemCodes.AppRemovedByUser => "Henkilö on poistanut botin Teamsistaan, eikä sitä asenneta uudelleen hänen tahtomattaan.",
        DeliveryProblemCodes.AppNotInstallable => "Bottia ei voitu asentaa henkilön Teamsiin (esimerkiksi vierailija, jonka organisaatio ei salli sitä).",
        DeliveryProblemCodes.NoEmail => "Ei tavoitettu Teamsissa, eikä sähköpostiosoitetta ole verkoston tiedoissa.",
        DeliveryProblemCodes.EmailOptedOut => "Ei tavoitettu Teamsissa, ja henkilö on kieltäytynyt botin sähköposteista.",
        DeliveryProblemCodes.InvalidEmailAddress => "Ei tavoitettu Teamsissa, ja sähköpostipalvelin hylkäsi osoitteen.",
        DeliveryProblemCodes.MailboxNotFound => "Ei tavoitettu Teamsissa, eikä sähköpostia voitu lähettää: lähettäjän postilaatikkoa ei löydy.",
        DeliveryProblemCodes.GraphAccessDenied when channel == DeliveryChannel.Email =>
            "Ei tavoitettu Teamsissa, eikä sähköpostia voitu lähettää: sovelluksen Mail.Send-oikeus puuttuu.",
        DeliveryProblemCodes.GraphAccessDenied =>
            "Bottia ei voitu asentaa henkilön Teamsiin: sovelluksen asennusoikeus puuttuu.",
        _ when channel == DeliveryChannel.Email => delivery.Status == DeliveryStatus.TransientFailure
            ? $"Ei tavoitettu Teamsissa, eikä sähköposti mennyt perille, vaikka sitä yritettiin {attempts} kertaa."
            : "Ei tavoitettu Teamsissa, ja sähköpostin lähetys epäonnistui.",
        _ => WithCode(delivery.Status switch
        {
            DeliveryStatus.Unreachable => "Henkilöä ei tavoiteta Teamsissa.",
            DeliveryStatus.PermanentFailure => "Teams hylkäsi viestin. Henkilö on ehkä poistunut tai estänyt botin.",
            DeliveryStatus.TransientFailure => $"Teams ei ottanut viestiä vastaan, vaikka sitä yritettiin {attempts} kertaa.",
            _ => "Tuntematon virhe.",
        }, delivery.Reason),
    };

    private static string WithCode(string reason, string? code) =>
        code is not null && ErrorCode().IsMatch(code) ? $"{reason} Virhekoodi: {code}." : reason;

    // Teams' codes look like "ConversationNotFound" or "BotDisabledByAdmin"; free text is not a code.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex ErrorCode();
}
