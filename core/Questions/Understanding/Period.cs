namespace Verkostot.Core.Questions.Understanding;

/// <summary>A span of Helsinki calendar days a question asks about, both ends included.</summary>
public sealed record Period(DateOnly From, DateOnly To, PeriodKind Kind)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
