namespace Verkostot.Core.Domain;

public enum Language
{
    Finnish,
    Swedish,
    English,
}
