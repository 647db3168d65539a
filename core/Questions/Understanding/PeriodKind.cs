namespace Verkostot.Core.Questions.Understanding;

public enum PeriodKind
{
    Day,
    Week,
    Month,
    Range,
}
