using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Turns a catalog person into an answer line: name, title and municipality (or employer).</summary>
public static class PeopleLines
{
    public static AnswerPerson Line(AnswerContext context, Person person, string? role)
    {
        var place = person.MunicipalityId is not null && context.Catalog.MunicipalitiesById.TryGetValue(person.MunicipalityId, out var municipality)
            ? MunicipalityName(municipality, context.Language)
            : person.Organisation;
        return new AnswerPerson(person.Id, person.Name, role, person.Title?.In(context.Language), place, person.Email);
    }

    public static AnswerPerson? Line(AnswerContext context, string? personId, string? role) =>
        personId is not null && context.Catalog.PeopleById.TryGetValue(personId, out var person) ? Line(context, person, role) : null;

    public static string MunicipalityName(Municipality municipality, Language language) =>
        language == Language.Swedish && !string.IsNullOrWhiteSpace(municipality.NameSv) ? municipality.NameSv : municipality.NameFi;
}
