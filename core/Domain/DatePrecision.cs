namespace Verkostot.Core.Domain;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}
