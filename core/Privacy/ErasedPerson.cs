namespace Verkostot.Core.Privacy;

/// <summary>What stands in for an erased person where a row must stay for counts and reports to add up.</summary>
public static class ErasedPerson
{
    /// <summary>Shown where the person's name was (delivery reports, the change log).</summary>
    public const string Name = "Poistettu henkilö";

    /// <summary>In place of the person's id: unique per row, so that unique keys still hold, and meaning nobody.</summary>
    public static string Id(long rowId) => $"erased-{rowId}";
}
