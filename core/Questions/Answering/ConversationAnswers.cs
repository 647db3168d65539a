using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Greetings, thanks, help, the honest not-found and asking back which network is meant.</summary>
public static class ConversationAnswers
{
    public static Answer Help(AnswerContext c) => Answer.Of(
            AnswerKind.Help,
            c.Language,
            c.L("Näin voin auttaa", "Så här kan jag hjälpa", "How I can help"),
            c.L(
                "Kysy minulta verkostojen henkilöistä, kokouksista ja toiminnasta. Kirjoita kysymys vapaasti, esimerkiksi:",
                "Fråga mig om nätverkens personer, möten och verksamhet. Skriv din fråga fritt, till exempel:",
                "Ask me about the networks' people, meetings and activities. Write your question freely, for example:"))
        with
    {
        Items = c.Language.Pick(
                ["Kuka on puheenjohtaja?", "Kuka edustaa aluettani?", "Kuka on varajäsen?", "Milloin on seuraava kokous?",
                 "Mitä käsitellään seuraavassa kokouksessa?", "Kokoukset ensi kuussa", "Anna Teams-linkki", "Kuinka monta kuntaa verkostossa on?",
                 "Mitkä ovat kärkiteemat?", "Mitä verkostoja on?"],
                ["Vem är ordförande?", "Vem representerar min region?", "När är nästa möte?", "Vad står på föredragningslistan?",
                 "Ge mig Teams-länken", "Hur många kommuner finns i nätverket?", "Vilka nätverk finns det?"],
                ["Who chairs the network?", "Who represents my region?", "When is the next meeting?", "What is on the agenda?",
                 "Give me the Teams link", "How many municipalities are in the network?", "Which networks are there?"]),
        // Coordinators' commands are buttons: they are not questions, and nobody else could use them.
        Suggestions = IsCoordinator(c) ? CoordinatorCommands : [],
        SuggestionsLabel = c.L("Verkostovastaavana voit myös:", "Som nätverkets koordinator kan du också ge kommandon (på finska):", "As the network's coordinator you can also give commands (in Finnish):"),
    };

    /// <summary>What only coordinators can do, in the words the bot understands (Finnish in every language).</summary>
    public static IReadOnlyList<string> CoordinatorCommands { get; } =
        ["lisää kokous", "muokkaa kokousta", "peru kokous", "tiedote", "tiedotteet"];

    private static bool IsCoordinator(AnswerContext c) =>
        c.Catalog.NetworksCoordinatedBy(c.Question.AskerEntraObjectId, c.Today).Count > 0;

    public static Answer Greeting(AnswerContext c) => Answer.Of(
            AnswerKind.Greeting,
            c.Language,
            c.L("Hei!", "Hej!", "Hello!"),
            c.L(
                "Kysy minulta verkoston henkilöistä, kokouksista ja toiminnasta.",
                "Fråga mig om nätverkets personer, möten och verksamhet.",
                "Ask me about the network's people, meetings and activities."))
        with
    { Suggestions = ExampleQuestions.For(c) };

    public static Answer Thanks(AnswerContext c) => Answer.Of(
        AnswerKind.Thanks,
        c.Language,
        c.L("Ole hyvä!", "Varsågod!", "You're welcome!"),
        c.L("Kysy lisää milloin vain.", "Fråga gärna mer när som helst.", "Ask again any time."));

    /// <summary>The honest answer when the data holds nothing on the question; never an invented fact.</summary>
    public static Answer NotFound(AnswerContext c, string? detail = null, string? networkId = null) => Answer.Of(
            AnswerKind.NotFound,
            c.Language,
            c.L("En löytänyt tähän tietoa.", "Jag hittade ingen information om det.", "I couldn't find information on that."),
            detail)
        with
    { Suggestions = ExampleQuestions.For(c), NetworkId = networkId };

    public static Answer ChooseNetwork(AnswerContext c, IReadOnlyList<Network> candidates)
    {
        var question = string.Join(' ', c.Parsed.Text.Tokens);
        return Answer.Of(
                AnswerKind.Clarify,
                c.Language,
                c.L("Mitä verkostoa tarkoitat?", "Vilket nätverk menar du?", "Which network do you mean?"),
                c.L("Valitse verkosto, niin vastaan.", "Välj nätverket så svarar jag.", "Choose the network and I'll answer."))
            with
        {
            Choices = candidates
                    .Select(n => new AnswerChoice(c.Name(n.Name), Truncate($"{n.Name.Fi}: {question}")))
                    .ToList(),
        };
    }

    private static string Truncate(string value) => value.Length <= 250 ? value : value[..250];

    private static IReadOnlyList<string> Pick(this Language language, string[] fi, string[] sv, string[] en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
