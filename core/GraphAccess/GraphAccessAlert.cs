using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.GraphAccess;

/// <summary>
/// Told to a network's coordinators once per streak when Microsoft 365 refuses one of the bot's features: what does
/// not work, what follows for the members, and what the admin must do. Finnish, as the coordinators' other notices.
/// </summary>
public sealed record GraphAccessAlert(Language Language, string NetworkName, GraphFeature Feature, GraphAccessProblem Problem) : Notice(Language)
{
    public const string RetryNote = "Botti yrittää uudelleen seuraavien viestien yhteydessä. Tästä ilmoitetaan vain kerran, kunnes yhteys taas toimii.";

    public string Title => Feature switch
    {
        GraphFeature.Installation => "Botti ei voi asentaa itseään jäsenille",
        GraphFeature.Email => "Sähköpostin lähetys ei toimi",
        _ => "Outlook-kokousten päivitys ei toimi",
    };

    public string WhatIsWrong => (Feature, Problem) switch
    {
        (GraphFeature.Installation, _) =>
            "Microsoft 365 ei anna botin asentaa itseään jäsenten Teamsiin: TeamsAppInstallation.ReadWriteSelfForUser.All-oikeus tai järjestelmänvalvojan suostumus puuttuu. Ne, joita ei tavoiteta Teamsissa, saavat viestit sähköpostilla, jos se on käytössä.",
        (GraphFeature.Email, GraphAccessProblem.MailboxNotFound) =>
            "Lähettäjäksi asetettua postilaatikkoa ei löydy Exchange Onlinesta. Ne, joita ei tavoiteta Teamsissa, eivät saa viestejä.",
        (GraphFeature.Email, _) =>
            "Microsoft 365 ei anna botin lähettää sähköpostia: Mail.Send-oikeus, järjestelmänvalvojan suostumus tai postilaatikon käyttöoikeuskäytäntö puuttuu. Ne, joita ei tavoiteta Teamsissa, eivät saa viestejä.",
        (_, GraphAccessProblem.MailboxNotFound) =>
            "Kokousten järjestäjäksi asetettua postilaatikkoa ei löydy Exchange Onlinesta. Kokoukset eivät päivity Outlookiin.",
        _ =>
            "Microsoft 365 ei anna botin käsitellä Outlook-kokouksia: Calendars.ReadWrite-oikeus, järjestelmänvalvojan suostumus tai postilaatikon käyttöoikeuskäytäntö puuttuu. Kokoukset eivät päivity Outlookiin.",
    };

    public string WhatToDo => Problem == GraphAccessProblem.MailboxNotFound
        ? "Pyydä ylläpitäjää tarkistamaan postilaatikon osoite botin asetuksista."
        : "Pyydä ylläpitäjää myöntämään oikeus ja suostumus Entrassa (ohje: docs/deployment.md).";

    public override string PlainText => $"{Title} ({NetworkName}): {WhatIsWrong} {WhatToDo} {RetryNote}";
}
