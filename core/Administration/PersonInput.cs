using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>
/// A person as the web app edits them. Blank texts clear a field; blank phone and responsibility rows are dropped.
/// <see cref="Responsibilities"/> are the topics the person answers for ("maaseudun kehittäminen").
/// </summary>
public sealed record PersonInput(
    string? Name,
    LocalizedText? Title = null,
    string? MunicipalityId = null,
    string? Organisation = null,
    string? Email = null,
    IReadOnlyList<string?>? Phones = null,
    string? EntraObjectId = null,
    Language? Language = null,
    IReadOnlyList<LocalizedText?>? Responsibilities = null)
{
    /// <summary>The person as they are, to fill the form.</summary>
    public static PersonInput Of(Person person) => new(
        person.Name, person.Title, person.MunicipalityId, person.Organisation, person.Email, person.Phones, person.EntraObjectId, person.Language,
        person.Responsibilities);
}
