namespace Verkostot.Core.Import;

public enum DataKind
{
    Region,
    Municipality,
    Person,
    Network,
    Body,
    Term,
    Seat,
    Role,
    Membership,
    Meeting,
    PriorityDocument,
}
