namespace Verkostot.Core.Domain;

public enum MunicipalityLanguage
{
    Finnish,
    BilingualFinnishMajority,
    BilingualSwedishMajority,
    Swedish,
}
