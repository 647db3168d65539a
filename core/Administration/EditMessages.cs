using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Administration;

/// <summary>The texts of <see cref="EditErrorCode"/> in Finnish, Swedish and English: the one place the web app takes them from.</summary>
public static class EditMessages
{
    public static string Text(EditError error, Language language)
    {
        var d = error.Detail ?? "";
        return error.Code switch
        {
            EditErrorCode.Required => language.Pick("Täytä tämä kenttä.", "Fyll i det här fältet.", "Please fill in this field."),
            EditErrorCode.TooLong => language.Pick($"Enintään {d} merkkiä.", $"Högst {d} tecken.", $"At most {d} characters."),
            EditErrorCode.FinnishMissing => language.Pick(
                "Kirjoita ensin suomenkielinen teksti; käännökset ovat sen lisänä.",
                "Skriv först den finska texten; översättningarna kompletterar den.",
                "Write the Finnish text first; translations come in addition to it."),
            EditErrorCode.NotANumber => language.Pick("Kirjoita kokonaisluku, esim. 159.", "Skriv ett heltal, t.ex. 159.", "Enter a whole number, e.g. 159."),
            EditErrorCode.NotADate => language.Pick("Kirjoita päivämäärä muodossa 31.12.2026.", "Skriv datumet som 31.12.2026.", "Enter the date as 31.12.2026."),
            EditErrorCode.Negative => language.Pick("Luku ei voi olla negatiivinen.", "Talet kan inte vara negativt.", "The number cannot be negative."),
            EditErrorCode.InFuture => language.Pick("Päivä ei voi olla tulevaisuudessa.", "Datumet kan inte ligga i framtiden.", "The date cannot be in the future."),
            EditErrorCode.InvalidEmail => language.Pick(
                "Tarkista sähköpostiosoite (esim. etunimi.sukunimi@kunta.fi).",
                "Kontrollera e-postadressen (t.ex. fornamn.efternamn@kommun.fi).",
                "Check the e-mail address (e.g. firstname.lastname@municipality.fi)."),
            EditErrorCode.InvalidPhone => language.Pick(
                "Tarkista puhelinnumero (esim. +358 50 123 4567).",
                "Kontrollera telefonnumret (t.ex. +358 50 123 4567).",
                "Check the phone number (e.g. +358 50 123 4567)."),
            EditErrorCode.InvalidObjectId => language.Pick(
                "Entra-tunnus on muotoa 00000000-0000-0000-0000-000000000000.",
                "Entra-id:t har formen 00000000-0000-0000-0000-000000000000.",
                "An Entra object id looks like 00000000-0000-0000-0000-000000000000."),
            EditErrorCode.InvalidUrl => language.Pick(
                "Osoitteen pitää alkaa https:// tai http://.",
                "Adressen ska börja med https:// eller http://.",
                "The address must start with https:// or http://."),
            EditErrorCode.InvalidId => language.Pick(
                "Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja.",
                "Id:t får bara innehålla små bokstäver a–z, siffror och bindestreck.",
                "The id may contain only lower-case letters a–z, digits and hyphens."),
            EditErrorCode.Duplicate => language.Pick("Sama tieto on listalla jo kertaalleen.", "Samma uppgift finns redan i listan.", "This is already on the list."),
            EditErrorCode.UnknownPerson => language.Pick("Henkilöä ei löydy. Valitse henkilö listasta.", "Personen hittades inte. Välj en person i listan.", "Person not found. Choose a person from the list."),
            EditErrorCode.UnknownMunicipality => language.Pick("Kuntaa ei löydy. Valitse kunta listasta.", "Kommunen hittades inte. Välj en kommun i listan.", "Municipality not found. Choose one from the list."),
            EditErrorCode.UnknownRegion => language.Pick($"Maakuntaa {d} ei löydy.", $"Landskapet {d} hittades inte.", $"Region {d} not found."),
            EditErrorCode.UnknownSource => language.Pick(
                "Lähdettä ei ole verkoston lähteissä. Lisää se ensin verkoston tietoihin.",
                "Källan finns inte bland nätverkets källor. Lägg först till den i nätverkets uppgifter.",
                "The source is not among the network's sources. Add it to the network's facts first."),
            EditErrorCode.SourceInUse => language.Pick(
                $"Kausi {d} viittaa tähän lähteeseen. Vaihda kauden lähde ennen kuin poistat sen.",
                $"Mandatperioden {d} hänvisar till källan. Byt periodens källa innan du tar bort den.",
                $"The term {d} cites this source. Change the term's source before removing it."),
            EditErrorCode.ObjectIdTaken => language.Pick(
                $"Tunnus on jo henkilöllä {d}. Jos kyse on samasta henkilöstä, yhdistä henkilöt.",
                $"Id:t används redan av {d}. Om det är samma person, slå ihop personerna.",
                $"{d} already has this id. If they are the same person, merge them."),
            EditErrorCode.EndBeforeStart => language.Pick("Päättymispäivä on ennen alkamispäivää.", "Slutdatumet är före startdatumet.", "The end date is before the start date."),
            EditErrorCode.TermOverlaps => language.Pick(
                $"Kausi menee päällekkäin kauden {d} kanssa.",
                $"Perioden överlappar perioden {d}.",
                $"The term overlaps the term {d}."),
            EditErrorCode.DeputyIsMember => language.Pick(
                "Varajäsen ei voi olla sama henkilö kuin varsinainen jäsen.",
                "Ersättaren kan inte vara samma person som ledamoten.",
                "The deputy cannot be the member."),
            EditErrorCode.PersonInTwoSeats => language.Pick(
                "Henkilö on jo toisella paikalla tällä kaudella.",
                "Personen har redan en annan plats under perioden.",
                "This person already holds another seat in this term."),
            EditErrorCode.NotATermRole => language.Pick(
                "Kauden tehtäviä ovat puheenjohtaja, varapuheenjohtajat ja sihteeri.",
                "Periodens uppdrag är ordförande, vice ordförande och sekreterare.",
                "A term's roles are chair, vice chairs and secretary."),
            EditErrorCode.RoleTaken => language.Pick("Tehtävä on jo toisella henkilöllä tällä kaudella.", "Uppdraget har redan någon annan under perioden.", "Someone else already has this role in this term."),
            EditErrorCode.MergeSamePerson => language.Pick("Valitse kaksi eri henkilöä.", "Välj två olika personer.", "Choose two different people."),
            EditErrorCode.MergeTwoAccounts => language.Pick(
                "Molemmilla on oma Entra-tunnus, eli kyse on kahdesta Teams-tilistä. Poista toiselta tunnus ensin, jos ne ovat sama henkilö.",
                "Båda har ett eget Entra-id, alltså två Teams-konton. Ta först bort id:t från den ena om de är samma person.",
                "Both have their own Entra object id: two Teams accounts. Remove the id from one first if they are the same person."),
            _ => language.Pick("Tarkista tämä kenttä.", "Kontrollera det här fältet.", "Please check this field."),
        };
    }
}
