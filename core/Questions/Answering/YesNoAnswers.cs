using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// "Onko Herrala puheenjohtaja?", "edustaako Sorvanto Etelä-Suomea?", "olenko puheenjohtajistossa?", "kuuluuko Kokkola
/// suurten kaupunkien verkostoon?": yes or no first, then the facts. Where the data cannot settle it, no verdict.
/// </summary>
public static class YesNoAnswers
{
    public static Answer Apply(AnswerContext c, Answer answer)
    {
        if (!c.Parsed.IsYesNo || answer.Kind != AnswerKind.Found || Check(c) is not { } verdict)
        {
            return answer;
        }

        var word = verdict.Yes ? c.L("Kyllä", "Ja", "Yes") : c.L("Ei", "Nej", "No");
        return answer with { Title = $"{word} – {answer.Title}", Text = answer.Text is null ? verdict.Sentence : $"{verdict.Sentence} {answer.Text}" };
    }

    private sealed record Verdict(bool Yes, string Sentence);

    private static Verdict? Check(AnswerContext c)
    {
        var entities = c.Parsed.Entities;
        var persons = entities.IdsOf(EntityKind.Person);
        var person = persons.Count > 0 ? c.Catalog.PeopleById.GetValueOrDefault(persons[0])
            : Vocabulary.FirstPerson.In(c.Parsed.Text) ? c.Asker : null;
        if (person is not null)
        {
            return PersonClaim(c, person, persons.Count > 1 ? persons[1] : null);
        }

        var municipality = entities.First(EntityKind.Municipality);
        var network = entities.First(EntityKind.Network) ?? c.Question.NetworkId;
        return municipality is not null && network is not null ? Belongs(c, municipality, network) : null;
    }

    private static Verdict? PersonClaim(AnswerContext c, Person person, string? otherPersonId)
    {
        var you = person == c.Asker && Vocabulary.FirstPerson.In(c.Parsed.Text);
        var who = you ? c.L("Olet", "Du är", "You are") : c.L($"{person.Name} on", $"{person.Name} är", $"{person.Name} is");
        var whoNot = you ? c.L("Et ole", "Du är inte", "You are not") : c.L($"{person.Name} ei ole", $"{person.Name} är inte", $"{person.Name} is not");
        var seats = Seats(c, person);

        if (c.Parsed.Role is { } role && role != Role.Member)
        {
            var held = RoleHistory.OfPerson(c, person.Id).FirstOrDefault(h => h.Role.Role == role || (role is Role.FirstViceChair or Role.ViceChair && h.Role.Role is Role.FirstViceChair or Role.ViceChair));
            var name = RoleNames.Inline(held?.Role.Role ?? role, c.Language);
            return held is not null
                ? new(true, $"{who} {name}{Period(c, held.HasEnded ? Provenance.PeriodName(c, held.Role) : null)}.")
                : new(false, $"{whoNot} {name}.");
        }

        var place = c.Parsed.Entities.First(EntityKind.SeatRegion);
        var maakunta = c.Parsed.Entities.First(EntityKind.Maakunta);
        if (place is not null || maakunta is not null)
        {
            var seat = seats.FirstOrDefault(s => s.Seat.RegionId == place || (maakunta is not null && s.Seat.Maakunnat.Contains(maakunta)));
            var region = place ?? maakunta!;
            return seat.Seat is not null
                ? new(true, $"{who} {SeatRole(c, seat.Seat, person)} ({c.Name(seat.Seat.RegionName)}){Period(c, seat.Period)}.")
                : new(false, c.L($"{whoNot} {FinnishNameInflector.Genitive(RegionFi(c, region))} edustaja.", $"{whoNot} representant för {region}.", $"{whoNot} the representative of {region}."));
        }

        if (otherPersonId is not null && c.Parsed.AsksDeputy)
        {
            var seat = seats.FirstOrDefault(s => s.Seat.DeputyId == person.Id && s.Seat.MemberId == otherPersonId);
            var other = c.Catalog.PeopleById[otherPersonId].Name;
            return seat.Seat is not null
                ? new(true, c.L($"{who} {FinnishNameInflector.Genitive(other)} varajäsen{Period(c, seat.Period)}.", $"{who} suppleant för {other}{Period(c, seat.Period)}.", $"{who} {other}'s deputy{Period(c, seat.Period)}."))
                : new(false, c.L($"{whoNot} {FinnishNameInflector.Genitive(other)} varajäsen.", $"{whoNot} suppleant för {other}.", $"{whoNot} {other}'s deputy."));
        }

        if (c.Parsed.AsksDeputy || c.Parsed.Role == Role.Member || c.Parsed.Entities.Has(EntityKind.Body) || c.Parsed.Entities.Has(EntityKind.BodyKind))
        {
            var wanted = c.Parsed.AsksDeputy ? seats.Where(s => s.Seat.DeputyId == person.Id)
                : c.Parsed.Role == Role.Member ? seats.Where(s => s.Seat.MemberId == person.Id)
                : seats;
            var seat = wanted.FirstOrDefault();
            return seat.Seat is not null
                ? new(true, $"{who} {c.Name(seat.Body.Name).ToLowerInvariant()}: {SeatRole(c, seat.Seat, person)} ({c.Name(seat.Seat.RegionName)}){Period(c, seat.Period)}.")
                : new(false, c.L($"{whoNot} {(c.Parsed.AsksDeputy ? "varajäsen" : "puheenjohtajiston jäsen")}.", $"{whoNot} {(c.Parsed.AsksDeputy ? "suppleant" : "medlem av presidiet")}.", $"{whoNot} {(c.Parsed.AsksDeputy ? "a deputy" : "a member of the presidium")}."));
        }

        return null;
    }

    /// <summary>Whether a municipality belongs to a network, as far as the data says: its criteria name it, or someone from it is a member.</summary>
    private static Verdict? Belongs(AnswerContext c, string municipalityId, string networkId)
    {
        var municipality = c.Catalog.MunicipalitiesById[municipalityId];
        var network = c.Catalog.NetworksById.GetValueOrDefault(networkId);
        if (network is null)
        {
            return null;
        }

        var texts = new[] { network.MembershipCriteria }.OfType<LocalizedText>().Concat(network.Details).Select(t => t.Fi);
        var named = texts.Any(t => t.Contains(municipality.NameFi, StringComparison.OrdinalIgnoreCase));
        var member = c.Catalog.MembershipsByNetwork.GetValueOrDefault(networkId, [])
            .Select(m => c.Catalog.PeopleById.GetValueOrDefault(m.PersonId))
            .FirstOrDefault(p => p?.MunicipalityId == municipalityId);
        var name = PeopleLines.MunicipalityName(municipality, c.Language);
        if (named)
        {
            return new(true, c.L($"{name} kuuluu {FinnishNameInflector.Illative(network.Name.Fi)}.", $"{name} hör till {c.Name(network.Name)}.", $"{name} belongs to the {c.Name(network.Name)}."));
        }

        return member is not null
            ? new(true, c.L(
                $"{name} on mukana: {member.Name} on {FinnishNameInflector.Genitive(network.Name.Fi)} jäsen.",
                $"{name} är med: {member.Name} är medlem i {c.Name(network.Name)}.",
                $"{name} takes part: {member.Name} is a member of the {c.Name(network.Name)}."))
            : null;
    }

    private static List<(Body Body, Seat Seat, string? Period)> Seats(AnswerContext c, Person person)
    {
        var seats = new List<(Body, Seat, string?)>();
        foreach (var body in c.Catalog.Bodies)
        {
            if (Terms.Of(c, body) is { } view)
            {
                var period = view.HasEnded ? c.L($"kausi {Provenance.TermLabel(view.Term)}", $"period {Provenance.TermLabel(view.Term)}", $"{Provenance.TermLabel(view.Term)} term") : null;
                seats.AddRange(view.Term.Seats.Where(s => s.MemberId == person.Id || s.DeputyId == person.Id).Select(s => (body, s, period)));
            }
        }

        return seats;
    }

    private static string SeatRole(AnswerContext c, Seat seat, Person person) =>
        RoleNames.Inline(seat.MemberId == person.Id ? Role.Member : Role.Deputy, c.Language);

    private static string Period(AnswerContext c, string? period) => period is null ? string.Empty : $" ({period})";

    private static string RegionFi(AnswerContext c, string id) =>
        c.Catalog.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).FirstOrDefault(s => s.RegionId == id)?.RegionName.Fi
        ?? (c.Catalog.RegionsById.TryGetValue(id, out var region) ? region.Name.Fi : id);
}
