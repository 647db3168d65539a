using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>Failure reasons as the coordinator reads them in the report and the CSV.</summary>
public static class DeliveryReasons
{
    public const string Abandoned = "Lähetys katkesi kesken (palvelin käynnistyi uudelleen). Ei lähetetty uudelleen, ettei viesti mene kahdesti.";
    public const string NoChannel = "Verkostolle ei ole määritetty Teams-kanavaa.";

    public static string Of(Delivery delivery, int attempts) => delivery.Status switch
    {
        DeliveryStatus.Unreachable => Detail("Henkilöä ei tavoiteta Teamsissa (ei Teams-tunnusta tai sovellusta ei ole asennettu)", delivery.Reason),
        DeliveryStatus.PermanentFailure => Detail("Teams hylkäsi viestin (käyttäjä poistunut tai botti estetty)", delivery.Reason),
        DeliveryStatus.TransientFailure => Detail($"Teams ei vastannut {attempts} yrityksellä", delivery.Reason),
        _ => "Tuntematon virhe",
    };

    private static string Detail(string reason, string? detail)
    {
        var text = string.IsNullOrWhiteSpace(detail) ? reason : $"{reason}: {detail}";
        return text.Length <= 500 ? text : text[..497] + "...";
    }
}
