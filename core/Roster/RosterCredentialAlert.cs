using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Roster;

/// <summary>Told to a network's coordinators once per failure streak when Graph refuses the app's credentials.</summary>
public sealed record RosterCredentialAlert(Language Language, string NetworkName, CredentialProblem Problem) : Notice(Language)
{
    public const string Title = "Jäsenlistan synkronointi epäonnistui";
    public const string RetryNote = "Botti yrittää synkronointia uudelleen joka yö ja kertoo muutoksista, kun se taas onnistuu.";

    public string WhatIsWrong => Problem switch
    {
        CredentialProblem.MissingPermission =>
            "Sovelluksella ei ole oikeutta lukea Teamsin ryhmän jäseniä (GroupMember.Read.All-oikeus puuttuu tai suostumus on peruttu).",
        _ => "Sovelluksen tunnukset eivät kelpaa (salaisuus tai varmenne on ehkä vanhentunut).",
    };

    public string WhatToDo => Problem switch
    {
        CredentialProblem.MissingPermission =>
            "Pyydä ylläpitäjää myöntämään sovellukselle GroupMember.Read.All-sovellusoikeus ja järjestelmänvalvojan suostumus Entrassa.",
        _ => "Pyydä ylläpitäjää uusimaan sovelluksen salaisuus Entrassa ja päivittämään se botin asetuksiin.",
    };

    public override string PlainText => $"{Title} ({NetworkName}): {WhatIsWrong} {WhatToDo} {RetryNote}";
}
