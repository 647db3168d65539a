using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Facts of one network (size, residents, founding, members, themes, channels, rhythm, terms) and the list of networks.</summary>
public static class NetworkAnswers
{
    public static Answer Fact(AnswerContext c, QuestionIntent intent)
    {
        var choice = NetworkChooser.Choose(c, n => HasFact(c, n, intent));
        if (choice.Network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        var network = choice.Network;
        if (!HasFact(c, network, intent))
        {
            var missing = c.L(
                $"{FinnishNameInflector.Genitive(network.Name.Fi)} tiedoissa ei ole tätä.",
                $"Uppgiften finns inte för {c.Name(network.Name)}.",
                $"This is not recorded for the {c.Name(network.Name)}.");
            var description = network.Description is null ? string.Empty : " " + c.Name(network.Description);
            return ConversationAnswers.NotFound(c, missing + description, network.Id);
        }

        var answer = intent switch
        {
            QuestionIntent.NetworkSize => Size(c, network),
            QuestionIntent.NetworkResidents => Residents(c, network),
            QuestionIntent.NetworkFounded => Founded(c, network),
            QuestionIntent.NetworkMembers => Members(c, network),
            QuestionIntent.NetworkThemes => Themes(c, network),
            QuestionIntent.NetworkChannels => Channels(c, network),
            QuestionIntent.NetworkCadence => Cadence(c, network),
            QuestionIntent.TermLength => Terms(c, network),
            _ => Overview(c, network),
        };
        return answer with
        {
            NetworkId = network.Id,
            Text = Join(choice.Note(c), answer.Text),
            Source = answer.Source ?? Provenance.Of(c, network.Attribution),
        };
    }

    /// <summary>The networks, by kind: "mitä kuntatyyppiverkostoja on" lists only those, "kaikki verkostot" all.</summary>
    public static Answer List(AnswerContext c)
    {
        var asked = KindAsked(c.Parsed.Text);
        var networks = c.Catalog.Networks.Where(n => asked is null || n.Kind == asked).ToList();
        var facts = asked is not null
            ? []
            : networks.GroupBy(n => n.Kind)
                .Select(g => new AnswerFact(KindName(c, g.Key), string.Join(", ", g.Select(n => c.Name(n.Name)))))
                .ToList();
        return Answer.Of(AnswerKind.Found, c.Language, asked is null ? c.L("Kuntaliiton verkostot", "Kommunförbundets nätverk", "The Association's networks") : KindName(c, asked.Value))
            with
        {
            Items = asked is null ? [] : networks.Select(n => c.Name(n.Name)).ToList(),
            Facts = facts,
        };
    }

    /// <summary>The kind of network a question names ("kuntatyyppiverkostot", "sopimusasiakkaat"), if any.</summary>
    public static NetworkKind? KindAsked(Text.NormalizedText text) =>
        text.Folded.Any(t => t.StartsWith("kuntatyyppi", StringComparison.Ordinal) || t.StartsWith("kommuntyp", StringComparison.Ordinal)) || text.Joined.Contains("municipality type", StringComparison.Ordinal)
            ? NetworkKind.MunicipalityType
            : text.Folded.Any(t => t.StartsWith("sopimusasiak", StringComparison.Ordinal) || t.StartsWith("avtalskund", StringComparison.Ordinal) || t.StartsWith("contract", StringComparison.Ordinal))
                ? NetworkKind.ContractCustomer
                : null;

    /// <summary>One network's kind, as the complement of "X on …" / "X är …" / "X is …".</summary>
    public static string KindOfOne(AnswerContext c, NetworkKind kind) => kind switch
    {
        NetworkKind.MunicipalityType => c.L("kuntatyyppiverkosto", "ett nätverk för en kommuntyp", "a municipality-type network"),
        NetworkKind.ContractCustomer => c.L("sopimusasiakkaiden verkosto", "ett nätverk för avtalskunder", "a contract customers' network"),
        _ => c.L("toimiala- tai muu verkosto", "ett sektornätverk eller annat nätverk", "a sector or other network"),
    };

    private static string KindName(AnswerContext c, NetworkKind kind) => kind switch
    {
        NetworkKind.MunicipalityType => c.L("Kuntatyyppiverkostot", "Nätverk för kommuntyper", "Municipality-type networks"),
        NetworkKind.ContractCustomer => c.L("Sopimusasiakkaiden verkostot", "Avtalskundernas nätverk", "Contract customers' networks"),
        _ => c.L("Toimiala- ja muut verkostot", "Sektornätverk och andra nätverk", "Sector and other networks"),
    };

    private static bool HasFact(AnswerContext c, Network n, QuestionIntent intent) => intent switch
    {
        QuestionIntent.NetworkSize => n.MunicipalityCount is not null || n.Residents is not null,
        QuestionIntent.NetworkResidents => n.Residents is not null,
        QuestionIntent.NetworkFounded => n.Founded is not null || c.Catalog.BodiesOf(n.Id).Any(b => b.SinceYear is not null),
        QuestionIntent.NetworkMembers => n.MembersRole is not null || n.MembershipCriteria is not null || n.MunicipalityCount is not null,
        QuestionIntent.NetworkThemes => n.Themes.Count > 0,
        QuestionIntent.NetworkChannels => n.Channels.Count > 0,
        QuestionIntent.NetworkCadence => n.MeetingCadence is not null || c.Catalog.BodiesOf(n.Id).Any(b => b.MeetingCadence is not null),
        QuestionIntent.TermLength => c.Catalog.BodiesOf(n.Id).Any(b => b.TermLengthYears is not null || b.Terms.Count > 0),
        _ => true,
    };

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;

    private static Answer Found(AnswerContext c, Network network, string? text = null) =>
        Answer.Of(AnswerKind.Found, c.Language, c.Name(network.Name), text);

    private static Answer Size(AnswerContext c, Network n)
    {
        var facts = new List<AnswerFact>();
        if (n.MunicipalityCount is { } count)
        {
            facts.Add(new(c.L("Kuntia", "Kommuner", "Municipalities"), NetworkFacts.Number(count, c.Language)));
        }

        if (n.Residents is not null)
        {
            facts.Add(new(c.L("Asukkaita", "Invånare", "Residents"), NetworkFacts.Residents(c, n)));
        }

        return Found(c, n, n.MembershipCriteria is null ? null : c.Name(n.MembershipCriteria)) with { Facts = facts };
    }

    private static Answer Residents(AnswerContext c, Network n) =>
        Found(c, n) with { Facts = [new(c.L("Asukkaita", "Invånare", "Residents"), NetworkFacts.Residents(c, n))] };

    private static Answer Founded(AnswerContext c, Network n)
    {
        var facts = new List<AnswerFact>();
        if (n.Founded is { } founded)
        {
            facts.Add(new(c.L("Perustettu", "Grundat", "Founded"), NetworkFacts.Founded(c, founded, n.FoundedPrecision)));
        }

        foreach (var body in c.Catalog.BodiesOf(n.Id).Where(b => b.SinceYear is not null))
        {
            facts.Add(new(c.Name(body.Name), c.L($"toiminut vuodesta {body.SinceYear}", $"verksam sedan {body.SinceYear}", $"active since {body.SinceYear}")));
        }

        return Found(c, n) with { Facts = facts };
    }

    private static Answer Members(AnswerContext c, Network n)
    {
        var facts = new List<AnswerFact>();
        if (n.MembersRole is not null)
        {
            facts.Add(new(c.L("Jäsenet", "Medlemmar", "Members"), c.Name(n.MembersRole)));
        }

        if (n.MunicipalityCount is { } count)
        {
            facts.Add(new(c.L("Kuntia", "Kommuner", "Municipalities"), NetworkFacts.Number(count, c.Language)));
        }

        return Found(c, n, n.MembershipCriteria is null ? null : c.Name(n.MembershipCriteria)) with { Facts = facts };
    }

    private static Answer Themes(AnswerContext c, Network n) =>
        Found(c, n, c.L("Kärkiteemat:", "Huvudteman:", "Key themes:")) with { Items = n.Themes.Select(c.Name).ToList() };

    private static Answer Channels(AnswerContext c, Network n) =>
        Found(c, n, c.L("Viestintä:", "Kommunikation:", "Communication:")) with { Items = n.Channels.Select(c.Name).ToList() };

    private static Answer Cadence(AnswerContext c, Network n) =>
        Found(c, n, n.MeetingCadence is null ? null : c.Name(n.MeetingCadence)) with
        {
            Facts = c.Catalog.BodiesOf(n.Id)
                .Where(b => b.MeetingCadence is not null)
                .Select(b => new AnswerFact(c.Name(b.Name), c.Name(b.MeetingCadence!)))
                .ToList(),
        };

    private static Answer Terms(AnswerContext c, Network n)
    {
        var named = BodyAnswers.NamedBody(c, n.Id);
        var withTerms = c.Catalog.BodiesOf(n.Id).Where(b => b.TermLengthYears is not null || b.Terms.Count > 0).ToList();
        var bodies = withTerms.Where(b => named is null || b.Id == named.Id).ToList();
        if (bodies.Count == 0)
        {
            bodies = withTerms;
        }

        var facts = new List<AnswerFact>();
        var sentences = new List<string>();
        TermView? shown = null;
        foreach (var body in bodies)
        {
            if (body.TermLengthYears is { } years)
            {
                facts.Add(new(c.L($"{c.Name(body.Name)}, toimikausi", $"{c.Name(body.Name)}, mandatperiod", $"{c.Name(body.Name)}, term"), BodyAnswers.Years(c, years)));
            }

            if (Answering.Terms.Of(c, body) is not { } view)
            {
                continue;
            }

            shown ??= view;
            var (label, sentence) = TermWords(c, view);
            facts.Add(new(label, SeatTerms.Period(view.Term)));
            sentences.Add(sentence);
        }

        return Found(c, n, sentences.Count == 0 ? null : string.Join(" ", sentences)) with
        {
            Facts = facts,
            Source = shown is null ? Provenance.Of(c, bodies.Select(b => b.Attribution).FirstOrDefault(s => s.IsKnown) ?? n.Attribution) : Provenance.OfTerm(c, shown.Body, shown.Term),
            Caveat = shown is null ? null : Provenance.EndedTerm(c, shown),
        };
    }

    private static (string Label, string Sentence) TermWords(AnswerContext c, TermView view)
    {
        var body = c.Name(view.Body.Name);
        var bodyFi = FinnishNameInflector.Genitive(view.Body.Name.Fi);
        var label = Provenance.TermLabel(view.Term);
        var end = HelsinkiDateFormat.FormatDate(view.Term.End, c.Language);
        var start = HelsinkiDateFormat.FormatDate(view.Term.Start, c.Language);
        if (view.Term.Start > c.Today)
        {
            return (c.L("Seuraava kausi", "Nästa period", "Next term"), c.L($"{bodyFi} kausi {label} alkaa {start}.", $"{body}s period {label} börjar {start}.", $"The {body}'s {label} term starts on {start}."));
        }

        if (view.HasEnded)
        {
            return (
                c.L("Viimeisin tiedossa oleva kausi", "Senaste kända period", "Latest known term"),
                c.L(
                    $"{bodyFi} kausi {label} päättyi {end}." + (view.AskedForPast ? string.Empty : " Uudempaa kautta ei ole tiedoissa."),
                    $"{body}s period {label} tog slut {end}." + (view.AskedForPast ? string.Empty : " Någon nyare period finns inte i uppgifterna."),
                    $"The {body}'s {label} term ended on {end}." + (view.AskedForPast ? string.Empty : " No newer term is recorded.")));
        }

        return (c.L("Nykyinen kausi", "Nuvarande period", "Current term"), c.L($"{bodyFi} kausi {label} päättyy {end}.", $"{body}s period {label} tar slut {end}.", $"The {body}'s {label} term ends on {end}."));
    }

    private static Answer Overview(AnswerContext c, Network n)
    {
        var facts = new List<AnswerFact>();
        if (n.MembershipCriteria is not null)
        {
            facts.Add(new(c.L("Kuuluvat", "Omfattar", "Covers"), c.Name(n.MembershipCriteria)));
        }

        if (n.MembersRole is not null)
        {
            facts.Add(new(c.L("Jäsenet", "Medlemmar", "Members"), c.Name(n.MembersRole)));
        }

        if (n.MunicipalityCount is { } count)
        {
            facts.Add(new(c.L("Kuntia", "Kommuner", "Municipalities"), NetworkFacts.Number(count, c.Language)));
        }

        if (n.Residents is not null)
        {
            facts.Add(new(c.L("Asukkaita", "Invånare", "Residents"), NetworkFacts.Residents(c, n)));
        }

        if (n.Founded is { } founded)
        {
            facts.Add(new(c.L("Perustettu", "Grundat", "Founded"), NetworkFacts.Founded(c, founded, n.FoundedPrecision)));
        }

        var chair = RoleHistory.Of(c, n.Id).FirstOrDefault(h => h.Role.Role == Role.Chair);
        var chairLabel = RoleNames.Label(Role.Chair, c.Language) + (chair is { HasEnded: true } ? $" ({Provenance.PeriodName(c, chair.Role)})" : string.Empty);
        var people = chair is null ? [] : new[] { PeopleLines.Line(c, chair.Role.PersonId, chairLabel) }.OfType<AnswerPerson>().ToList();
        return Found(c, n, n.Description is null ? null : c.Name(n.Description)) with { Facts = facts, People = people };
    }
}
