namespace Verkostot.Core.Questions.Entities;

public enum EntityKind
{
    Network,
    /// <summary>A specific body, e.g. "Kaupunkipoliittinen työryhmä".</summary>
    Body,
    /// <summary>A kind of body named generically ("puheenjohtajisto"); the network decides which body it is.</summary>
    BodyKind,
    /// <summary>A presidium seat's region, e.g. "Itä-Suomi".</summary>
    SeatRegion,
    /// <summary>A maakunta, e.g. "Pohjois-Karjala".</summary>
    Maakunta,
    Municipality,
    Person,
    /// <summary>A job title people hold, e.g. "kunnanjohtaja"; the id is the normalised Finnish title.</summary>
    Title,
}
