using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>The priority documents: the 2019 rural and small-municipality priorities, the regional councils' 2021 themes.</summary>
public static class PriorityAnswers
{
    public static Answer Answer(AnswerContext c)
    {
        var document = Pick(c);
        if (document is null)
        {
            return c.Catalog.PriorityDocuments.Count > 1 && c.Parsed.Entities.First(EntityKind.Network) is null
                ? WhichDocument(c)
                : ConversationAnswers.NotFound(c);
        }

        var facts = new List<AnswerFact>();
        if (document.ApprovedOn is { } approved)
        {
            var by = document.ApprovedBy is null ? string.Empty : ", " + c.Name(document.ApprovedBy);
            facts.Add(new(c.L("Hyväksytty", "Godkänt", "Approved"), HelsinkiDateFormat.FormatDate(approved, c.Language) + by));
        }

        var items = document.Items
            .GroupBy(i => i.Category)
            .SelectMany(g => g.Select(i => Item(c, g.Key, i)))
            .ToList();
        return Answers.Answer.Of(AnswerKind.Found, c.Language, c.Name(document.Title), document.Description is null ? null : Lead(c.Name(document.Description)))
            with
        { Facts = facts, Items = items, NetworkId = document.NetworkId, Source = Provenance.Of(c, document.Attribution) };
    }

    /// <summary>The document the question means: by its words first, then by the network it names.</summary>
    public static PriorityDocument? Pick(AnswerContext c)
    {
        var documents = c.Catalog.PriorityDocuments;
        var text = c.Parsed.Text;
        if (Vocabulary.RegionalCouncilThemes.In(text) || text.Tokens.Contains("2021"))
        {
            return documents.FirstOrDefault(d => d.Title.Fi.Contains("maakuntien liitto", StringComparison.OrdinalIgnoreCase));
        }

        if (Vocabulary.PriorityDocument.In(text))
        {
            return documents.FirstOrDefault(d => d.Title.Fi.Contains("maaseutu", StringComparison.OrdinalIgnoreCase));
        }

        if (text.Tokens.Contains("2019"))
        {
            return documents.FirstOrDefault(d => d.ApprovedOn?.Year == 2019 || d.Title.Fi.Contains("2019", StringComparison.Ordinal));
        }

        var networkId = c.Parsed.Entities.First(EntityKind.Network) ?? c.Question.NetworkId;
        return documents.FirstOrDefault(d => d.NetworkId == networkId) ?? OnlyOneSays(c, documents);
    }

    /// <summary>"Onko kulttuuri painopisteissä mukana": the one document whose items name a word of the question.</summary>
    private static PriorityDocument? OnlyOneSays(AnswerContext c, IReadOnlyList<PriorityDocument> documents)
    {
        var text = c.Parsed.Text;
        var words = text.Folded
            .Where((w, i) => w.Length > 3 && !Search.StopWords.Contains(text.Tokens[i], c.Language) && !Search.StopWords.Contains(w, c.Language) && !Vocabulary.IsKnown(w))
            .Select(w => Search.WordStems.Of(w, c.Language))
            .ToList();
        var saying = documents.Where(d => Says(c, words, d)).Take(2).ToList();
        return saying.Count == 1 ? saying[0] : null;
    }

    // The word itself, not a longer one it begins ("huomioi" is not "huomioitava"); the description's sentences are
    // for fact search. Each text on its own: the normalizer reads only a question's length of text at a time.
    private static bool Says(AnswerContext c, List<string> words, PriorityDocument document) =>
        document.Items.SelectMany(i => i.Points.Prepend(c.Name(i.Heading)))
            .SelectMany(Search.SearchWords.Of)
            .Select(w => Search.WordStems.Of(w, c.Language))
            .Any(words.Contains);

    private static Answers.Answer WhichDocument(AnswerContext c) => Answers.Answer.Of(
            AnswerKind.Clarify,
            c.Language,
            c.L("Mitä painopisteitä tarkoitat?", "Vilka prioriteringar menar du?", "Which priorities do you mean?"),
            c.L("Valitse asiakirja, niin vastaan.", "Välj dokumentet så svarar jag.", "Choose the document and I'll answer."))
        with
    {
        Choices = c.Catalog.PriorityDocuments.Select(d => new AnswerChoice(c.Name(d.Title), d.Title.Fi.Length <= 250 ? d.Title.Fi : d.Title.Fi[..250])).ToList(),
    };

    /// <summary>The first sentence of a long description; the rest is for questions about it.</summary>
    private static string Lead(string description)
    {
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? description : description[..(end + 1)];
    }

    private static string Item(AnswerContext c, string category, PriorityItem item)
    {
        var heading = c.Name(item.Heading);
        var prefix = category switch
        {
            "läpileikkaava" => c.L("Läpileikkaava: ", "Genomgående: ", "Cross-cutting: "),
            "edunvalvonta" => c.L("Edunvalvonta: ", "Intressebevakning: ", "Advocacy: "),
            "kehittäminen" => c.L("Kehittäminen: ", "Utveckling: ", "Development: "),
            _ => string.Empty,
        };
        var points = item.Points.Count == 0 || c.Language != Language.Finnish ? string.Empty : " – " + string.Join("; ", item.Points);
        return prefix + heading + points;
    }
}
