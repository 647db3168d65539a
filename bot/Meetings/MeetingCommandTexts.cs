namespace Verkostot.Bot.Meetings;

/// <summary>The meeting commands' replies in Finnish, kept together so the wording stays consistent.</summary>
public static class MeetingCommandTexts
{
    /// <param name="what">In the infinitive, e.g. "muokata kokouksia".</param>
    public static string OnlyCoordinators(string what) =>
        $"Valitettavasti vain verkoston verkostovastaava voi {what}. Jos asia on kiireellinen, ota yhteyttä verkostovastaavaan.";

    public const string Saved = "Kokous tallennettu.";
    public const string Moved = "Kokous siirretty. Muistutukset päivittyvät, ja jo muistutetut saavat tiedon uudesta ajasta.";
    public const string Updated = "Kokous päivitetty.";
    public const string UpdatedAndMoved = "Kokous päivitetty. Muistutukset päivittyvät, ja jo muistutetut saavat tiedon uudesta ajasta.";
    public const string Cancelled = "Kokous peruttu. Jo muistutetut saavat tiedon perumisesta.";
    public const string NoMeetings = "Tulevia kokouksia ei ole.";
    public const string NotFound = "Kokousta ei löytynyt. Se on ehkä jo peruttu.";
}
