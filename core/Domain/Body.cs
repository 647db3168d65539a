namespace Verkostot.Core.Domain;

/// <summary>An organ of a network: its presidium, advisory board, working group or executive committee.</summary>
public sealed class Body
{
    public required string Id { get; set; }
    public required string NetworkId { get; set; }
    public BodyKind Kind { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Description { get; set; }
    public int? TermLengthYears { get; set; }
    public int? MeetingsPerYear { get; set; }
    /// <summary>How members are chosen, e.g. "Kuntaliiton valtuuskunta asettaa".</summary>
    public LocalizedText? AppointedBy { get; set; }
    public int? MemberCount { get; set; }
    public int? DeputyCount { get; set; }
    public List<Term> Terms { get; set; } = [];
    /// <summary>Who sits in the body, e.g. "kaupunginjohtajat".</summary>
    public LocalizedText? MembersRole { get; set; }
    /// <summary>How often it meets in words, e.g. "noin kerran kuukaudessa".</summary>
    public LocalizedText? MeetingCadence { get; set; }
    /// <summary>Year the body started, e.g. 2005 for the urban policy working group.</summary>
    public int? SinceYear { get; set; }

    /// <summary>Where the body's facts come from and when they held.</summary>
    public Attribution Attribution { get; set; } = new();

    /// <summary>
    /// The term in force on a day: the one covering it (the latest-starting if terms overlap), else the newest that
    /// has started, which stays in force until a successor is recorded. A term that starts later never counts, so a
    /// new term takes over on its first day.
    /// </summary>
    public Term? TermInForce(DateOnly day) =>
        Terms.Where(t => t.Covers(day)).MaxBy(t => t.Start) ?? Terms.Where(t => t.Start <= day).MaxBy(t => t.Start);
}

public enum BodyKind
{
    Presidium,
    AdvisoryBoard,
    WorkingGroup,
    ExpertGroup,
    ExecutiveCommittee,
}
