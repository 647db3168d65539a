using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>
/// A term of a body as the web app edits it: its dates, the network's source that names its members, its regional
/// seats and the roles that last for the term (chair, vice chairs, secretary). Rows without a person are blank rows.
/// </summary>
public sealed record TermInput(
    DateOnly? Start,
    DateOnly? End,
    string? SourceId = null,
    IReadOnlyList<SeatInput>? Seats = null,
    IReadOnlyList<OfficerInput>? Officers = null);

/// <summary>A regional seat: a new one may leave <see cref="RegionId"/> empty and it is made from the region's name.</summary>
public sealed record SeatInput(string? RegionId, LocalizedText? RegionName, IReadOnlyList<string>? Maakunnat, string? MemberId, string? DeputyId);

/// <summary>A role of the term's body held for the term, e.g. the chair.</summary>
public sealed record OfficerInput(Role Role, string? PersonId);
