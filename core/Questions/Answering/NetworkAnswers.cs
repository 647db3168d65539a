using Verkostot.Core.Domain;
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
        return answer with { NetworkId = network.Id };
    }

    public static Answer List(AnswerContext c) => Answer.Of(
            AnswerKind.Found,
            c.Language,
            c.L("Kuntaliiton verkostot", "Kommunförbundets nätverk", "The Association's networks"))
        with
        {
            Items = c.Catalog.Networks.Select(n => c.Name(n.Name)).ToList(),
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
        QuestionIntent.TermLength => c.Catalog.BodiesOf(n.Id).Any(b => b.TermLengthYears is not null),
        _ => true,
    };

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
        var bodies = c.Catalog.BodiesOf(n.Id).Where(b => b.TermLengthYears is not null && (named is null || b.Id == named.Id)).ToList();
        if (bodies.Count == 0)
        {
            bodies = c.Catalog.BodiesOf(n.Id).Where(b => b.TermLengthYears is not null).ToList();
        }

        var facts = new List<AnswerFact>();
        foreach (var body in bodies)
        {
            facts.Add(new(c.L($"{c.Name(body.Name)}, toimikausi", $"{c.Name(body.Name)}, mandatperiod", $"{c.Name(body.Name)}, term"), BodyAnswers.Years(c, body.TermLengthYears!.Value)));
            var term = c.Catalog.CurrentTerm(body.Id, c.Today);
            if (term is not null)
            {
                facts.Add(new(c.L("Nykyinen kausi", "Nuvarande period", "Current term"), SeatTerms.Period(term)));
            }
        }

        return Found(c, n) with { Facts = facts };
    }

    private static Answer Overview(AnswerContext c, Network n)
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

        if (n.Residents is not null)
        {
            facts.Add(new(c.L("Asukkaita", "Invånare", "Residents"), NetworkFacts.Residents(c, n)));
        }

        if (n.Founded is { } founded)
        {
            facts.Add(new(c.L("Perustettu", "Grundat", "Founded"), NetworkFacts.Founded(c, founded, n.FoundedPrecision)));
        }

        var chair = c.Catalog.RolesOn(n.Id, c.Today).FirstOrDefault(r => r.Role == Role.Chair);
        var people = chair is null ? [] : new[] { PeopleLines.Line(c, chair.PersonId, RoleNames.Label(Role.Chair, c.Language)) }.OfType<AnswerPerson>().ToList();
        return Found(c, n, n.Description is null ? null : c.Name(n.Description)) with { Facts = facts, People = people };
    }
}
