using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

/// <summary>Why a coordinator's click on an announcement card changed nothing, in their words.</summary>
public static class AnnouncementRefusalTexts
{
    public static string Finnish(AnnouncementRefusal refusal) => refusal switch
    {
        AnnouncementRefusal.NotYours => "Vain verkoston verkostovastaava voi muuttaa tätä tiedotetta.",
        AnnouncementRefusal.NoLongerEditable => "Tiedote on jo lähetetty tai peruttu, joten sitä ei voi enää muokata.",
        AnnouncementRefusal.TimePassed => "Lähetysaika ehti mennä. Valitse uusi aika kohdasta Muokkaa.",
        AnnouncementRefusal.AlreadyConfirmed => "Tiedote on jo lähetetty tai peruttu.",
        AnnouncementRefusal.AlreadySending => "Lähetys on jo alkanut. Voit vielä pysäyttää sen.",
        AnnouncementRefusal.NoLongerCancellable => "Tiedotetta ei voi enää perua.",
        AnnouncementRefusal.NotStarted => "Lähetys ei ole vielä alkanut. Voit perua tiedotteen.",
        AnnouncementRefusal.AlreadyFinished => "Lähetys on jo päättynyt.",
        _ => "Tiedotetta ei löytynyt.",
    };
}
