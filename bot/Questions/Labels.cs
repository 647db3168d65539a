using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Questions;

/// <summary>The few words the answer card adds around the data, in the three languages.</summary>
internal static class Labels
{
    public static string Place(Language l) => l.Pick("Paikka", "Plats", "Place");

    public static string Invited(Language l) => l.Pick("Kutsutut", "Inbjudna", "Invited");

    public static string Agenda(Language l) => l.Pick("Esityslista", "Föredragningslista", "Agenda");

    public static string Join(Language l) => l.Pick("Liity Teams-kokoukseen", "Delta i Teams-mötet", "Join the Teams meeting");

    public static string ExampleMeeting(Language l) => l.Pick(
        "Esimerkkikokous: keksitty kokeilua varten, ei oikea kokous.",
        "Exempelmöte: påhittat för att prova, inte ett riktigt möte.",
        "Example meeting: made up for trying the bot, not a real meeting.");

    public static string TryAsking(Language l) => l.Pick("Voit kysyä myös:", "Du kan också fråga:", "You can also ask:");
}
