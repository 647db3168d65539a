namespace Verkostot.Core.ChangeLog;

public enum ChangedKind
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
    Announcement,
}
