namespace Verkostot.Core.Domain;

public enum NetworkKind
{
    MunicipalityType,
    ContractCustomer,
    Sector,
}
