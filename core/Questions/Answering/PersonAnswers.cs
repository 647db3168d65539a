using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Herrala", "mikä rooli Ahokkaalla on", "vem är Taina Väre": who the person is and what they do in the networks.</summary>
public static class PersonAnswers
{
    public static Answer Who(AnswerContext c)
    {
        var ids = c.Parsed.Entities.IdsOf(EntityKind.Person);
        var people = ids.Select(id => c.Catalog.PeopleById.GetValueOrDefault(id)).OfType<Person>().ToList();
        if (people.Count == 0)
        {
            return ConversationAnswers.NotFound(c);
        }

        if (people.Count > 1)
        {
            return Answer.Of(AnswerKind.Found, c.Language, c.L("Löysin useamman henkilön", "Jag hittade flera personer", "I found several people"))
                with
            { People = people.Select(p => PeopleLines.Line(c, p, string.Join("; ", RolesOf(c, p)).NullIfEmpty())).ToList() };
        }

        return Who(c, people[0]);
    }

    private static Answer Who(AnswerContext c, Person person) => Roles(c, person, person.Name);

    /// <summary>Who the person is and what they do in the networks, under <paramref name="title"/>.</summary>
    public static Answer Roles(AnswerContext c, Person person, string title)
    {
        var line = PeopleLines.Line(c, person, null);
        var facts = new List<AnswerFact>();
        if (line.Title is not null)
        {
            facts.Add(new(c.L("Tehtävä", "Befattning", "Title"), line.Title));
        }

        if (line.Municipality is not null)
        {
            facts.Add(new(person.MunicipalityId is null ? c.L("Organisaatio", "Organisation", "Organisation") : c.L("Kunta", "Kommun", "Municipality"), line.Municipality));
        }

        if (person.Email is not null)
        {
            facts.Add(new(c.L("Sähköposti", "E-post", "E-mail"), person.Email));
        }

        foreach (var phone in person.Phones)
        {
            facts.Add(new(c.L("Puhelin", "Telefon", "Phone"), phone));
        }

        if (person.Responsibilities.Count > 0)
        {
            facts.Add(new(c.L("Vastuualueet", "Ansvarsområden", "Responsibilities"), string.Join(", ", person.Responsibilities.Select(c.Name))));
        }

        var roles = PersonRoles.Of(c, person);
        return Answer.Of(AnswerKind.Found, c.Language, title)
            with
        {
            Facts = title == person.Name ? facts : [new(c.L("Nimi", "Namn", "Name"), person.Name), .. facts],
            Items = roles.Count > 0 ? roles.Select(r => r.Text).ToList() : [c.L("Ei merkittyjä rooleja verkostoissa.", "Inga roller i nätverken antecknade.", "No roles in the networks recorded.")],
            Source = roles.Select(r => r.Source).FirstOrDefault(s => s is not null) ?? Provenance.Of(c, person.Attribution),
            Caveat = PersonRoles.Caveat(c, roles),
        };
    }

    /// <summary>People with the title asked about, narrowed by a municipality or organisation the question names.</summary>
    public static Answer WithTitle(AnswerContext c)
    {
        var titles = c.Parsed.Entities.IdsOf(EntityKind.Title);
        var municipalities = c.Parsed.Entities.IdsOf(EntityKind.Municipality);
        var people = c.Catalog.People
            .Where(p => p.Title is not null && titles.Contains(TextNormalizer.NormalizeName(p.Title.Fi)))
            .Where(p => municipalities.Count == 0 || (p.MunicipalityId is not null && municipalities.Contains(p.MunicipalityId)))
            .ToList();
        if (people.Count == 0)
        {
            return ConversationAnswers.NotFound(c);
        }

        if (people.Count == 1)
        {
            return Who(c, people[0]);
        }

        var title = c.Catalog.People.First(p => p.Title is not null && titles.Contains(TextNormalizer.NormalizeName(p.Title.Fi))).Title!;
        return Answer.Of(AnswerKind.Found, c.Language, Capitalized(c.Name(title)))
            with
        { People = people.Select(p => PeopleLines.Line(c, p, string.Join("; ", RolesOf(c, p)).NullIfEmpty())).ToList() };
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<string> RolesOf(AnswerContext c, Person person) => PersonRoles.Of(c, person).Select(r => r.Text).ToList();

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? NullIfEmpty(this string value) => value.Length == 0 ? null : value;
}
