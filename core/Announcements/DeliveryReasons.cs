using System.Text.RegularExpressions;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>
/// Failure reasons as the coordinator reads them in the report and the CSV: Finnish sentences. A Teams error code
/// is kept after the sentence, since it is what IT support asks for; anything else the messenger said is not shown.
/// </summary>
public static partial class DeliveryReasons
{
    public const string Abandoned = "Lähetys katkesi kesken (palvelin käynnistyi uudelleen). Ei lähetetty uudelleen, ettei viesti mene kahdesti.";
    public const string NoChannel = "Verkostolle ei ole määritetty Teams-kanavaa.";

    public static string Of(Delivery delivery, int attempts) => delivery.Reason switch
    {
        DeliveryProblemCodes.NoEntraId => "Henkilön Teams-tunnus puuttuu verkoston tiedoista.",
        DeliveryProblemCodes.NoPersonalChat => "Henkilöä ei tavoiteta Teamsissa: hän ei ole tiimissä, jossa botti on, eikä ole keskustellut botin kanssa.",
        DeliveryProblemCodes.BotNotInTeam => "Bottia ei ole lisätty verkoston Teams-tiimiin.",
        DeliveryProblemCodes.SendCrashed => "Lähetyksessä tapahtui odottamaton virhe. Ei lähetetty uudelleen, ettei viesti mene kahdesti.",
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
