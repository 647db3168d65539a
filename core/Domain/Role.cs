namespace Verkostot.Core.Domain;

public enum Role
{
    Chair,
    FirstViceChair,
    ViceChair,
    Coordinator,
    ManagementContact,
    Secretary,
    Member,
    Deputy,
}
