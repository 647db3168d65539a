using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Search;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// "Keneen voin ottaa yhteyttä?", "keneltä saan lisätietoa maaseudun kehittämisestä?", "kuka vastaa käytännön
/// asioista?": the expert whose responsibilities cover the topic named, and the network's coordinator.
/// </summary>
public static class ContactAnswers
{
    // Words of a responsibility that say nothing about its topic on their own.
    private static readonly HashSet<string> VagueStems = ["asi", "asio", "asia", "sihteer", "fråg", "affair", "matter", "issu", "secretari"];

    public static Answer Answer(AnswerContext c)
    {
        var experts = Experts(c);
        var choice = NetworkChooser.Choose(c, n => NetworkContacts(c, n.Id, withChair: false).Count > 0);
        var network = choice.Network;
        var contacts = network is null ? [] : NetworkContacts(c, network.Id, withChair: choice.Source is NetworkChoiceSource.Named or NetworkChoiceSource.Conversation);
        if (experts.Count == 0 && network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        if (experts.Count == 0 && contacts.Count == 0)
        {
            return ConversationAnswers.NotFound(c, c.L("Yhteyshenkilöä ei ole tiedoissa.", "Ingen kontaktperson finns i uppgifterna.", "No contact person is recorded."), network?.Id);
        }

        var people = experts.Select(e => PeopleLines.Line(c, e.Person, $"{c.L("Asiantuntija", "Sakkunnig", "Expert")}: {c.Name(e.Responsibility)}"))
            .Concat(contacts.Select(h => PeopleLines.Line(c, h.Role.PersonId, RoleNames.Label(h.Role.Role, c.Language))).OfType<AnswerPerson>())
            .DistinctBy(p => p.PersonId)
            .ToList();
        var title = c.L("Keneen ottaa yhteyttä", "Vem du kan kontakta", "Who to contact") + (network is null ? string.Empty : $" – {c.Name(network.Name)}");
        return Answers.Answer.Of(AnswerKind.Found, c.Language, title, choice.Note(c)) with
        {
            People = people,
            Facts = ContactDetails(c, people),
            NetworkId = network?.Id,
            Source = experts.Count > 0 ? Provenance.Of(c, experts[0].Person.Attribution) : Provenance.OfRole(c, contacts[0].Role),
            Caveat = experts.Count == 0 ? Provenance.EndedRoles(c, contacts) : null,
        };
    }

    /// <summary>The network's coordinator (or a named body's secretary); a network asked about without one is reached through its chair.</summary>
    private static List<RoleHolding> NetworkContacts(AnswerContext c, string networkId, bool withChair)
    {
        var holdings = RoleHistory.Of(c, networkId);
        var bodies = RoleAnswers.BodyIdsIn(c, networkId);
        var inBody = holdings.Where(h => h.Role.BodyId is not null && bodies.Contains(h.Role.BodyId) && h.Role.Role is Role.Secretary or Role.Chair).ToList();
        if (inBody.Count > 0)
        {
            return inBody;
        }

        var coordinators = holdings.Where(h => h.Role.Role == Role.Coordinator).ToList();
        return coordinators.Count > 0 || !withChair ? coordinators : holdings.Where(h => h.Role.Role == Role.Chair).ToList();
    }

    /// <summary>People whose listed responsibilities share a topical word with the question.</summary>
    private static List<(Person Person, LocalizedText Responsibility)> Experts(AnswerContext c)
    {
        var words = TopicWords(c);
        if (words.Count == 0)
        {
            return [];
        }

        var found = new List<(Person, LocalizedText)>();
        foreach (var person in c.Catalog.People.Where(p => p.Responsibilities.Count > 0))
        {
            var best = person.Responsibilities
                .Select(r => (Responsibility: r, Score: Overlap(words, r.In(c.Language), c.Language)))
                .Where(r => r.Score > 0)
                .OrderByDescending(r => r.Score)
                .FirstOrDefault();
            if (best.Responsibility is not null)
            {
                found.Add((person, best.Responsibility));
            }
        }

        return found;
    }

    private static int Overlap(IReadOnlyList<string> questionStems, string responsibility, Language language) =>
        SearchWords.Of(responsibility)
            .Select(w => WordStems.Of(w, language))
            .Where(s => !VagueStems.Contains(s))
            .Count(s => questionStems.Any(q => WordStems.Match(q, s)));

    private static List<string> TopicWords(AnswerContext c)
    {
        var text = c.Parsed.Text;
        var words = new List<string>();
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (StopWords.Contains(token, c.Language) || Vocabulary.Contact.Matches(token) || (NamesSomethingElse(c.Parsed.Entities, i) && !QualifiesTopic(c, i)))
            {
                continue;
            }

            words.Add(WordStems.Of(text.Folded[i], c.Language));
            words.AddRange(FactSynonyms.Of(text.Folded[i], c.Language).Select(s => WordStems.Of(s, c.Language)));
        }

        return words;
    }

    /// <summary>"Small municipality affairs", "små kommuners frågor": a network's name before a word like "affairs" names a topic.</summary>
    private static bool QualifiesTopic(AnswerContext c, int token)
    {
        var mention = c.Parsed.Entities.All.FirstOrDefault(m => m.Kind == EntityKind.Network && token >= m.Start && token < m.Start + m.Length);
        var next = mention is null ? -1 : mention.Start + mention.Length;
        return next > 0 && next < c.Parsed.Text.Tokens.Count && VagueStems.Contains(WordStems.Of(c.Parsed.Text.Folded[next], c.Language));
    }

    /// <summary>A name that is not a topic (a network, a person, a place); bodies are topics, and a typo may be a topic word.</summary>
    private static bool NamesSomethingElse(EntityMentions entities, int token) =>
        entities.All.Any(m => token >= m.Start && token < m.Start + m.Length && m.Tier != MatchTier.Typo && m.Kind is not (EntityKind.Body or EntityKind.BodyKind));

    private static List<AnswerFact> ContactDetails(AnswerContext c, IEnumerable<AnswerPerson> people)
    {
        var facts = new List<AnswerFact>();
        foreach (var line in people)
        {
            var person = c.Catalog.PeopleById[line.PersonId];
            if (person.Phones.Count > 0)
            {
                facts.Add(new($"{c.L("Puhelin", "Telefon", "Phone")}, {person.Name}", string.Join(", ", person.Phones)));
            }

            if (person.Email is not null)
            {
                facts.Add(new($"{c.L("Sähköposti", "E-post", "E-mail")}, {person.Name}", person.Email));
            }
        }

        return facts;
    }
}
