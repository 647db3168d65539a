using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Kuka edustaa Itä-Suomea?", "kuka on Lapinjärven varajäsen", "vem representerar Östra Finland".</summary>
public static class RepresentationAnswers
{
    public static Answer WhoRepresents(AnswerContext c)
    {
        var choice = NetworkChooser.Choose(c, n => Terms.WithSeats(c, n.Id) is not null);
        if (choice.Network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        var view = Terms.WithSeats(c, choice.Network.Id);
        if (view is null && choice.Source == NetworkChoiceSource.Named && (c.Parsed.Entities.Has(EntityKind.Municipality) || c.Parsed.Entities.Has(EntityKind.Maakunta)))
        {
            // "Kuuluuko Kokkola suurten kaupunkien verkostoon?": a network without seats is asked about its members.
            return NetworkAnswers.Fact(c, Understanding.QuestionIntent.NetworkMembers);
        }

        if (view is null)
        {
            return ConversationAnswers.NotFound(
                c,
                c.L(
                    $"{FinnishNameInflector.Genitive(choice.Network.Name.Fi)} tiedoissa ei ole alueellisia edustajia.",
                    $"{c.Name(choice.Network.Name)} har inga regionala representanter antecknade.",
                    $"No regional representatives are recorded for the {c.Name(choice.Network.Name)}."),
                choice.Network.Id);
        }

        var (body, term) = (view.Body, view.Term);
        var (seat, how) = TargetSeat(c, term, choice.Network.Id);
        if (seat is null)
        {
            if (c.Parsed.Entities.Has(EntityKind.Maakunta) || c.Parsed.Entities.Has(EntityKind.Municipality))
            {
                return ConversationAnswers.NotFound(
                    c,
                    c.L("Puheenjohtajistossa ei ole tätä aluetta edustavaa paikkaa.", "Presidiet har ingen plats för den regionen.", "The presidium has no seat for that region."),
                    choice.Network.Id);
            }

            // Nothing to narrow by (or a place the data does not know): all regional seats, saying how to narrow.
            return BodyAnswers.Members(c, choice.Network, body) with
            {
                Text = c.L(
                    "Kaikki alueelliset edustajat. Kerro alue, maakunta tai kunta, niin rajaan vastauksen.",
                    "Alla regionala representanter. Nämn region, landskap eller kommun så avgränsar jag svaret.",
                    "All regional representatives. Name a region or municipality to narrow the answer."),
            };
        }

        var member = PeopleLines.Line(c, seat.MemberId, RoleNames.Label(Role.Member, c.Language));
        var deputy = PeopleLines.Line(c, seat.DeputyId, RoleNames.Label(Role.Deputy, c.Language));
        var people = (c.Parsed.AsksDeputy ? new[] { deputy, member } : [member, deputy]).OfType<AnswerPerson>().ToList();
        var region = c.Name(seat.RegionName);
        var title = c.L(
            $"{FinnishNameInflector.Genitive(seat.RegionName.Fi)} edustajat",
            $"Representanter för {region}",
            $"Representatives of {region}");
        return Answer.Of(AnswerKind.Found, c.Language, title, how)
            with
        {
            People = people,
            Facts = Facts(c, choice.Network, body, seat, term),
            NetworkId = choice.Network.Id,
            Source = Provenance.OfTerm(c, body, term),
            Caveat = Provenance.EndedTerm(c, view),
        };
    }

    private static List<AnswerFact> Facts(AnswerContext c, Network network, Body body, Seat seat, Term term)
    {
        var facts = new List<AnswerFact>
        {
            new(c.L("Verkosto", "Nätverk", "Network"), c.Name(network.Name)),
            new(c.L("Toimielin", "Organ", "Body"), c.Name(body.Name)),
            new(c.L("Maakunnat", "Landskap", "Regions"), string.Join(", ", seat.Maakunnat.Select(m => RegionName(c, m)))),
            new(c.L("Toimikausi", "Mandatperiod", "Term"), SeatTerms.Period(term)),
        };
        return facts;
    }

    /// <summary>The seat the question points at, and a sentence on how a municipality or maakunta led to it.</summary>
    private static (Seat? Seat, string? How) TargetSeat(AnswerContext c, Term term, string networkId)
    {
        var entities = c.Parsed.Entities;
        var regionId = entities.First(EntityKind.SeatRegion);
        if (regionId is not null)
        {
            return (term.Seats.FirstOrDefault(s => s.RegionId == regionId), null);
        }

        var maakunta = entities.First(EntityKind.Maakunta);
        if (maakunta is not null)
        {
            var seat = SeatOfMaakunta(term, maakunta);
            return (seat, seat is null ? null : BelongsTo(c, RegionName(c, maakunta), seat));
        }

        var personId = entities.First(EntityKind.Person);
        if (personId is not null && term.Seats.FirstOrDefault(s => s.MemberId == personId || s.DeputyId == personId) is { } personsSeat)
        {
            return (personsSeat, null);
        }

        // "pj:n varajäsen": the seat the network's chair (of the year asked, else of today) holds.
        if (c.Parsed.Role == Role.Chair)
        {
            var chairs = RoleHistory.Of(c, networkId).Where(h => h.Role.Role == Role.Chair).Select(h => h.Role.PersonId).ToHashSet(StringComparer.Ordinal);
            var chairsSeat = term.Seats.FirstOrDefault(s => s.MemberId is not null && chairs.Contains(s.MemberId));
            return (chairsSeat, chairsSeat is not null && c.Catalog.PeopleById.TryGetValue(chairsSeat.MemberId!, out var chair) ? c.L(
                $"Puheenjohtaja {chair.Name} on {FinnishNameInflector.Genitive(chairsSeat.RegionName.Fi)} varsinainen jäsen.",
                $"Ordföranden {chair.Name} är ordinarie ledamot för {c.Name(chairsSeat.RegionName)}.",
                $"The chair, {chair.Name}, holds the {c.Name(chairsSeat.RegionName)} seat.") : null);
        }

        var municipalityId = entities.First(EntityKind.Municipality)
            ?? (entities.Has(EntityKind.Person) || entities.Has(EntityKind.Network) ? null : c.Asker?.MunicipalityId);
        if (municipalityId is not null && c.Catalog.MunicipalitiesById.TryGetValue(municipalityId, out var municipality) && municipality.Maakunta is not null)
        {
            var seat = SeatOfMaakunta(term, municipality.Maakunta);
            var name = PeopleLines.MunicipalityName(municipality, c.Language);
            return (seat, seat is null ? null : BelongsTo(c, $"{name} ({RegionName(c, municipality.Maakunta)})", seat));
        }

        return (null, null);
    }

    private static Seat? SeatOfMaakunta(Term term, string maakunta) =>
        term.Seats.FirstOrDefault(s => s.Maakunnat.Contains(maakunta, StringComparer.OrdinalIgnoreCase));

    private static string BelongsTo(AnswerContext c, string place, Seat seat) => c.L(
        $"{place} kuuluu {FinnishNameInflector.Genitive(seat.RegionName.Fi)} alueeseen.",
        $"{place} hör till regionen {c.Name(seat.RegionName)}.",
        $"{place} belongs to the {c.Name(seat.RegionName)} region.");

    private static string RegionName(AnswerContext c, string maakuntaId) =>
        c.Catalog.RegionsById.TryGetValue(maakuntaId, out var region) ? c.Name(region.Name) : maakuntaId;
}
