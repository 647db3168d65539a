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

    private static Answer Who(AnswerContext c, Person person)
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

        var roles = RolesOf(c, person);
        return Answer.Of(AnswerKind.Found, c.Language, person.Name)
            with
            {
                Facts = facts,
                Items = roles.Count > 0 ? roles : [c.L("Ei merkittyjä rooleja verkostoissa.", "Inga roller i nätverken antecknade.", "No roles in the networks recorded.")],
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

    /// <summary>"Puheenjohtaja, Pienten kuntien verkosto" and "Varsinainen jäsen, puheenjohtajisto (Länsi-Suomi), Pienten kuntien verkosto".</summary>
    private static List<string> RolesOf(AnswerContext c, Person person)
    {
        var catalog = c.Catalog;
        var lines = new List<string>();
        foreach (var role in (catalog.RolesByPerson.GetValueOrDefault(person.Id) ?? []).Where(r => ValidToday(r, c.Today)))
        {
            var network = catalog.NetworksById.GetValueOrDefault(role.NetworkId);
            var body = role.BodyId is null ? null : catalog.BodiesById.GetValueOrDefault(role.BodyId);
            var where = body is null || body.Kind == BodyKind.Presidium ? null : c.Name(body.Name);
            lines.Add(Join(RoleNames.Label(role.Role, c.Language), where, network is null ? null : c.Name(network.Name)));
        }

        foreach (var body in catalog.Bodies)
        {
            var term = catalog.CurrentTerm(body.Id, c.Today);
            foreach (var seat in term?.Seats ?? [])
            {
                var network = catalog.NetworksById.GetValueOrDefault(body.NetworkId);
                var where = $"{c.Name(body.Name).ToLowerInvariant()} ({c.Name(seat.RegionName)})";
                if (seat.MemberId == person.Id)
                {
                    lines.Add(Join(RoleNames.Label(Role.Member, c.Language), where, network is null ? null : c.Name(network.Name)));
                }

                if (seat.DeputyId == person.Id)
                {
                    lines.Add(Join(RoleNames.Label(Role.Deputy, c.Language), where, network is null ? null : c.Name(network.Name)));
                }
            }
        }

        return lines.Distinct().ToList();
    }

    private static bool ValidToday(RoleAssignment role, DateOnly today) =>
        (role.From is null || role.From <= today) && (role.Until is null || role.Until >= today);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? NullIfEmpty(this string value) => value.Length == 0 ? null : value;
}
