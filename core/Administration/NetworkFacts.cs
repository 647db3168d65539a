using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>
/// A network's facts as the web app edits them: everything about the network itself except its id, kind and Team
/// binding. Lists may hold blank rows (a form's empty line); they are dropped. <see cref="SourceName"/> and
/// <see cref="AsOf"/> say who states these facts and as of when (answers show them); a coordinator who checks the
/// facts may set the day to today.
/// </summary>
public sealed record NetworkFacts(
    LocalizedText? Name,
    LocalizedText? Description = null,
    LocalizedText? MembershipCriteria = null,
    LocalizedText? MembersRole = null,
    int? MunicipalityCount = null,
    int? Residents = null,
    bool ResidentsApproximate = false,
    DateOnly? Founded = null,
    DatePrecision FoundedPrecision = DatePrecision.Day,
    LocalizedText? MeetingCadence = null,
    IReadOnlyList<LocalizedText?>? Themes = null,
    IReadOnlyList<LocalizedText?>? Channels = null,
    IReadOnlyList<SourceInput>? Sources = null,
    IReadOnlyList<LocalizedText?>? Details = null,
    LocalizedText? SourceName = null,
    DateOnly? AsOf = null,
    DatePrecision AsOfPrecision = DatePrecision.Day)
{
    /// <summary>The facts as they are, to fill the form.</summary>
    public static NetworkFacts Of(Network network) => new(
        network.Name,
        network.Description,
        network.MembershipCriteria,
        network.MembersRole,
        network.MunicipalityCount,
        network.Residents,
        network.ResidentsApproximate,
        network.Founded,
        network.FoundedPrecision,
        network.MeetingCadence,
        network.Themes,
        network.Channels,
        [.. network.Sources.Select(s => new SourceInput(s.Id, s.Name, s.Url, s.Updated))],
        network.Details,
        network.Attribution.Name,
        network.Attribution.AsOf,
        network.Attribution.AsOfPrecision);
}

/// <summary>
/// A source as the form edits it. A new source may leave <see cref="Id"/> empty: one is made from its name. A row
/// with neither name nor address is a blank row and is dropped.
/// </summary>
public sealed record SourceInput(string? Id, LocalizedText? Name, string? Url, DateOnly? Updated);
