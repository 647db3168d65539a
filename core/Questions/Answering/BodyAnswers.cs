using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Ketkä ovat puheenjohtajistossa?", "neuvottelukunnan jäsenet", "vilka sitter i presidiet".</summary>
public static class BodyAnswers
{
    public static Answer WhoSits(AnswerContext c)
    {
        var choice = NetworkChooser.Choose(c, n => NamedBody(c, n.Id) is not null);
        if (choice.Network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        var body = NamedBody(c, choice.Network.Id);
        return body is null
            ? ConversationAnswers.NotFound(
                c,
                c.L(
                    $"{FinnishNameInflector.Genitive(choice.Network.Name.Fi)} tiedoissa ei ole tällaista toimielintä.",
                    $"{c.Name(choice.Network.Name)} har inget sådant organ antecknat.",
                    $"No such body is recorded for the {c.Name(choice.Network.Name)}."),
                choice.Network.Id)
            : Members(c, choice.Network, body);
    }

    /// <summary>The body the question names in a network: by name, else by kind ("puheenjohtajisto").</summary>
    public static Body? NamedBody(AnswerContext c, string networkId)
    {
        var entities = c.Parsed.Entities;
        var bodies = c.Catalog.BodiesOf(networkId);
        var byName = entities.IdsOf(EntityKind.Body);
        var byKind = entities.IdsOf(EntityKind.BodyKind);
        return bodies.FirstOrDefault(b => byName.Contains(b.Id)) ?? bodies.FirstOrDefault(b => byKind.Contains(b.Kind.ToString()));
    }

    public static Answer Members(AnswerContext c, Network network, Body body)
    {
        var facts = new List<AnswerFact> { new(c.L("Verkosto", "Nätverk", "Network"), c.Name(network.Name)) };
        var people = new List<AnswerPerson>();
        var view = Terms.Of(c, body);
        var roles = RoleHistory.Of(c, network.Id).Where(h => h.Role.BodyId == body.Id).ToList();
        string? source = Provenance.Of(c, body.Attribution);
        string? caveat = null;

        if (view is { Term.Seats.Count: > 0 })
        {
            var term = view.Term;
            facts.Add(new(c.L("Toimikausi", "Mandatperiod", "Term"), SeatTerms.Period(term)));
            var termRoles = roles.Where(h => RoleHistory.ValidOn(h.Role, term.Start) || RoleHistory.ValidOn(h.Role, term.End)).Select(h => h.Role).ToList();
            foreach (var seat in term.Seats)
            {
                var region = c.Name(seat.RegionName);
                var extra = termRoles.Where(r => r.PersonId == seat.MemberId && r.Role != Role.Member)
                    .Select(r => RoleNames.Inline(r.Role, c.Language));
                var memberRole = string.Join(c.L(" ja ", " och ", " and "), new[] { RoleNames.Inline(Role.Member, c.Language) }.Concat(extra));
                people.Add(PeopleLines.Line(c, seat.MemberId, $"{region}, {memberRole}")!);
                if (seat.DeputyId is not null)
                {
                    people.Add(PeopleLines.Line(c, seat.DeputyId, $"{region}, {RoleNames.Inline(Role.Deputy, c.Language)}")!);
                }
            }

            if (c.Parsed.AsksDeputy)
            {
                // "Ketkä ovat varajäseniä?": the deputies first, then the members they stand in for.
                people = [.. people.OrderBy(p => p.Role?.Contains(RoleNames.Inline(Role.Deputy, c.Language), StringComparison.Ordinal) == true ? 0 : 1)];
            }

            source = Provenance.OfTerm(c, body, term);
            caveat = Provenance.EndedTerm(c, view);
        }
        else
        {
            people.AddRange(roles
                .Select(h => PeopleLines.Line(c, h.Role.PersonId, RoleNames.Label(h.Role.Role, c.Language)))
                .OfType<AnswerPerson>());
            if (body.MemberCount is not null && body.Terms.Count == 0)
            {
                // "Keitä neuvottelukuntaan kuuluu?": the sources give how it is made up, not its members' names.
                facts.Add(new(c.L("Jäsenten nimet", "Ledamöternas namn", "Members' names"), c.L("eivät ole tiedoissa", "finns inte i uppgifterna", "not in the data")));
            }
        }

        AddComposition(c, body, facts);
        return Answer.Of(AnswerKind.Found, c.Language, c.Name(body.Name), body.Description is null ? null : c.Name(body.Description))
            with
        { Facts = facts, People = people.Where(p => p is not null).ToList(), NetworkId = network.Id, Source = source, Caveat = caveat };
    }

    private static void AddComposition(AnswerContext c, Body body, List<AnswerFact> facts)
    {
        if (body.MemberCount is { } members)
        {
            var deputies = body.DeputyCount is { } d
                ? c.L($" ja {d} varajäsentä", $" och {d} ersättare", $" and {d} deputies")
                : string.Empty;
            facts.Add(new(c.L("Jäseniä", "Ledamöter", "Members"), c.L($"{members} varsinaista", $"{members} ordinarie", $"{members}") + deputies));
        }

        if (body.MembersRole is not null)
        {
            facts.Add(new(c.L("Kokoonpano", "Sammansättning", "Composition"), c.Name(body.MembersRole)));
        }

        if (body.AppointedBy is not null)
        {
            facts.Add(new(c.L("Asettaa", "Tillsätts av", "Appointed by"), c.Name(body.AppointedBy)));
        }

        if (body.TermLengthYears is { } years)
        {
            facts.Add(new(c.L("Toimikauden pituus", "Mandatperiodens längd", "Term length"), Years(c, years)));
        }

        if (body.MeetingCadence is not null)
        {
            facts.Add(new(c.L("Kokoontuu", "Sammanträder", "Meets"), c.Name(body.MeetingCadence)));
        }

        if (body.SinceYear is { } since)
        {
            facts.Add(new(c.L("Toiminut vuodesta", "Verksam sedan", "Active since"), since.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public static string Years(AnswerContext c, int years) => years == 1
        ? c.L("1 vuosi", "1 år", "1 year")
        : c.L($"{years} vuotta", $"{years} år", $"{years} years");
}
