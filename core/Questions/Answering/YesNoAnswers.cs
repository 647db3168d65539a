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
public static partial class YesNoAnswers
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial System.Text.RegularExpressions.Regex Words();

    public static Answer Apply(AnswerContext c, Answer answer)
    {
        if (!c.Parsed.IsYesNo || answer.Kind != AnswerKind.Found || (Check(c) ?? StatedIn(c, answer)) is not { } verdict)
        {
            return answer;
        }

        var word = verdict.Yes ? c.L("Kyllä", "Ja", "Yes") : c.L("Ei", "Nej", "No");
        var text = verdict.Sentence.Length == 0 ? answer.Text : answer.Text is null ? verdict.Sentence : $"{verdict.Sentence} {answer.Text}";
        return answer with { Title = $"{word} – {answer.Title}", Text = text };
    }

    /// <summary>Intents whose answer states facts of the sources, where a claim found in it can be confirmed.</summary>
    private static readonly HashSet<QuestionIntent> StatingIntents =
    [
        QuestionIntent.Unknown, QuestionIntent.NetworkOverview, QuestionIntent.NetworkMembers, QuestionIntent.NetworkThemes,
        QuestionIntent.NetworkChannels, QuestionIntent.BodyMembers, QuestionIntent.PriorityDocument,
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "oma", "omaa", "oman", "yksi", "yks", "yhtenä", "mukana", "myös", "jo", "mitään", "jotain", "käyttää", "käyttääkö", "also", "any", "one", "use", "uses", "used",
        "någon", "något", "också", "en", "ett", "använder",
    };

    /// <summary>
    /// "Onko kehyskuntien työvaliokunta virkamiesvetoinen", "onko koulutus yksi painopisteistä": yes when every word of
    /// the claim is in the answer's facts, no when the answer denies it there ("eivät maakuntien keskuksia"); else no verdict.
    /// </summary>
    private static Verdict? StatedIn(AnswerContext c, Answer answer)
    {
        if (!StatingIntents.Contains(c.Parsed.Intent))
        {
            return null;
        }

        var text = c.Parsed.Text;
        var claim = new List<(string Stem, IReadOnlyList<string> Synonyms)>();
        for (var i = 1; i < text.Folded.Count; i++)
        {
            var word = text.Folded[i];
            // "Edunvalvontateema", "painopiste": the kind of list asked about, not a claim its items make.
            if (word.Length > 2 && !c.Parsed.Entities.Covers(i) && !Search.StopWords.Contains(text.Tokens[i], c.Language)
                && !Search.StopWords.Contains(word, c.Language) && !Fillers.Contains(word) && !Vocabulary.Themes.Matches(word))
            {
                claim.Add((Search.WordStems.Of(word, c.Language), [.. Search.FactSynonyms.Of(word, c.Language).Select(s => Search.WordStems.Of(s, c.Language))]));
            }
        }

        if (claim.Count == 0)
        {
            return null;
        }

        // The whole answer, not a question's first words: a list's last item counts too.
        var said = Words().Split(AnswerPlainText.Render(answer).ToLowerInvariant()).Where(w => w.Length > 0).Select(Text.TextNormalizer.Fold).ToList();
        var stems = said.Select(w => Search.WordStems.Of(w, c.Language)).ToList();
        // The answer's word may be a compound holding the claim's, never a part of it: "keskuksia" does not say "maakuntakeskuksia".
        var found = claim.Select(w => Said(stems, w) is var at and >= 0 ? at : CompoundAt(stems, w)).ToList();
        if (found.Any(at => at < 0))
        {
            return null;
        }

        var denied = found.Any(at => said.Skip(Math.Max(0, at - 3)).Take(Math.Min(at, 3)).Any(w => w is "ei" or "eivat" or "eika" or "inte" or "not" or "no"));
        return new(!denied, string.Empty);
    }

    /// <summary>Where the answer says the claimed word, or the sources' word for it ("provincial" as "regional").</summary>
    private static int Said(List<string> stems, (string Stem, IReadOnlyList<string> Synonyms) claimed)
    {
        foreach (var w in claimed.Synonyms.Prepend(claimed.Stem))
        {
            // The answer's word may be a compound holding the claim's, never a part of it: "keskuksia" does not say "maakuntakeskuksia".
            var at = stems.FindIndex(s => Search.WordStems.Match(s, w) && (s.Length >= w.Length || w.StartsWith(s, StringComparison.Ordinal)));
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the answer says a compound of the claim in two words: "maakuntakeskuksia" as "maakuntien keskuksia". The
    /// index is the second word's, so that a denial before the pair ("eivät maakuntien keskuksia") counts.
    /// </summary>
    private static int CompoundAt(List<string> stems, (string Stem, IReadOnlyList<string> Synonyms) claim)
    {
        var claimed = claim.Stem;
        for (var i = 0; i + 1 < stems.Count; i++)
        {
            var (head, tail) = (stems[i], stems[i + 1]);
            if (head.Length >= 4 && tail.Length >= 4 && head.Length + tail.Length <= claimed.Length + 2
                && claimed.StartsWith(head, StringComparison.Ordinal) && claimed.EndsWith(tail, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return -1;
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

        if (entities.First(EntityKind.Network) is { } named && NetworkAnswers.KindAsked(c.Parsed.Text) is { } kind)
        {
            return OfKind(c, c.Catalog.NetworksById[named], kind);
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
            // "Onko Karhunen kehyskuntaverkoston pj": the chair of another network is not the answer.
            var network = c.Parsed.Entities.First(EntityKind.Network);
            var held = RoleHistory.OfPerson(c, person.Id)
                .Where(h => network is null || h.Role.NetworkId == network)
                .FirstOrDefault(h => h.Role.Role == role || (role is Role.FirstViceChair or Role.ViceChair && h.Role.Role is Role.FirstViceChair or Role.ViceChair));
            var name = RoleNames.Inline(held?.Role.Role ?? role, c.Language);
            var of = network is not null && c.Catalog.NetworksById.TryGetValue(network, out var named)
                ? c.L($" ({named.Name.Fi})", $" ({c.Name(named.Name)})", $" ({c.Name(named.Name)})")
                : string.Empty;
            return held is not null
                ? new(true, $"{who} {name}{of}{Period(c, held.HasEnded ? Provenance.PeriodName(c, held.Role) : null)}.")
                : new(false, $"{whoNot} {name}{of}.");
        }

        if (c.Parsed.Entities.First(EntityKind.Title) is { } title)
        {
            return TitleClaim(c, person, title, who, whoNot);
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
                ? new(true, c.L($"{who} {FinnishNameInflector.Genitive(other)} varajäsen{Period(c, seat.Period)}.", $"{who} ersättare för {other}{Period(c, seat.Period)}.", $"{who} {other}'s deputy{Period(c, seat.Period)}."))
                : new(false, c.L($"{whoNot} {FinnishNameInflector.Genitive(other)} varajäsen.", $"{whoNot} ersättare för {other}.", $"{whoNot} {other}'s deputy."));
        }

        var fullMember = c.Parsed.Role == Role.Member || Vocabulary.FullMember.In(c.Parsed.Text);
        if (c.Parsed.AsksDeputy || fullMember || c.Parsed.Entities.Has(EntityKind.Body) || c.Parsed.Entities.Has(EntityKind.BodyKind))
        {
            var wanted = c.Parsed.AsksDeputy ? seats.Where(s => s.Seat.DeputyId == person.Id)
                : fullMember ? seats.Where(s => s.Seat.MemberId == person.Id)
                : seats;
            var seat = wanted.FirstOrDefault();
            var asked = c.Parsed.AsksDeputy ? c.L("varajäsen", "ersättare", "a deputy")
                : fullMember ? c.L("varsinainen jäsen", "ordinarie ledamot", "a full member")
                : c.L("puheenjohtajiston jäsen", "medlem av presidiet", "a member of the presidium");
            var held = seats.FirstOrDefault();
            var instead = held.Seat is null ? string.Empty
                : c.L($" vaan {SeatRole(c, held.Seat, person)} ({held.Seat.RegionName.Fi})", $" utan {SeatRole(c, held.Seat, person)} ({c.Name(held.Seat.RegionName)})", $" but {SeatRole(c, held.Seat, person)} ({c.Name(held.Seat.RegionName)})");
            return seat.Seat is not null
                ? new(true, $"{who} {c.Name(seat.Body.Name).ToLowerInvariant()}: {SeatRole(c, seat.Seat, person)} ({c.Name(seat.Seat.RegionName)}){Period(c, seat.Period)}.")
                : new(false, $"{whoNot} {asked}{instead}.");
        }

        return null;
    }

    /// <summary>"Onko Herrala Isojoen kunnanjohtaja", "är Herrala kommundirektör i Storå": the title, and the municipality if named.</summary>
    private static Verdict TitleClaim(AnswerContext c, Person person, string titleId, string who, string whoNot)
    {
        var municipalityId = c.Parsed.Entities.First(EntityKind.Municipality);
        var hasTitle = person.Title is not null && Text.TextNormalizer.NormalizeName(person.Title.Fi) == titleId;
        var inPlace = municipalityId is null || person.MunicipalityId == municipalityId;
        var title = person.Title is not null && hasTitle ? c.Name(person.Title) : c.Catalog.People.Select(p => p.Title).OfType<LocalizedText>().Where(t => Text.TextNormalizer.NormalizeName(t.Fi) == titleId).Select(c.Name).FirstOrDefault() ?? titleId;
        var place = municipalityId is not null && c.Catalog.MunicipalitiesById.TryGetValue(municipalityId, out var municipality) ? municipality : null;
        var claim = place is null ? title : c.L($"{FinnishNameInflector.Genitive(place.NameFi)} {title}", $"{title} i {PeopleLines.MunicipalityName(place, c.Language)}", $"the {title} of {PeopleLines.MunicipalityName(place, c.Language)}");
        claim = place is null && c.Language == Language.English ? $"a {title}" : claim;
        return hasTitle && inPlace ? new(true, $"{who} {claim}.") : new(false, $"{whoNot} {claim}.");
    }

    /// <summary>"Onko seutukaupunkiverkosto kuntatyyppiverkosto?": the network's kind, and what it is instead.</summary>
    private static Verdict OfKind(AnswerContext c, Network network, NetworkKind asked)
    {
        var name = c.Name(network.Name);
        var actual = NetworkAnswers.KindOfOne(c, network.Kind);
        return network.Kind == asked
            ? new(true, c.L($"{name} on {actual}.", $"{name} är {actual}.", $"The {name} is {actual}."))
            : new(false, c.L(
                $"{name} ei ole {NetworkAnswers.KindOfOne(c, asked)} vaan {actual}.",
                $"{name} är inte {NetworkAnswers.KindOfOne(c, asked)} utan {actual}.",
                $"The {name} is not {NetworkAnswers.KindOfOne(c, asked)} but {actual}."));
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
