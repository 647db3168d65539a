using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Reminders;
using Verkostot.Core.Questions.Answering;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Questions.Understanding;
using Verkostot.Core.Time;

namespace Verkostot.Core.Questions;

/// <summary>
/// The bot's main job: a question typed in Teams in, a short answer from the catalog out — synchronous and in memory.
/// Every answer is either facts found in the data, an honest not-found with example questions, or a question back.
/// </summary>
public sealed class QuestionAnswerer(NetworkCatalog catalog, TimeProvider time)
{
    /// <param name="askerAttendance">The asker's answers to coming meetings, by meeting id, when the question asks about them.</param>
    public Answer Answer(Question question, IReadOnlyDictionary<int, AttendanceAnswer>? askerAttendance = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = question with { NetworkId = question.NetworkId ?? catalog.NetworkOfConversation(question.TeamId, question.ChannelId)?.Id };
        var now = time.GetUtcNow();
        var today = HelsinkiTime.DayOf(now);
        var parsed = Understand(question, today);
        var context = new AnswerContext(catalog, question, parsed, Asker(question), now, today, askerAttendance ?? new Dictionary<int, AttendanceAnswer>());
        return Compose(context);
    }

    /// <summary>What the bot understood of a question, for tests and diagnostics.</summary>
    public ParsedQuestion Understand(Question question, DateOnly today) =>
        OneWords.Understand(question.Text, question.Locale, QuestionIndexes.Entities.Of(catalog), today,
            names => Understand(question, names, today));

    private static readonly OneWordMessages OneWords = new();

    private static ParsedQuestion Understand(Question question, EntityIndex names, DateOnly today)
    {
        var typed = Abbreviations.Expand(TextNormalizer.Normalize(question.Text));
        var entities = names.Find(typed);
        var text = VocabularyCorrector.Correct(typed, entities);
        var language = LanguageDetector.Detect(text, LocaleLanguage.Of(question.Locale));
        return IntentDetector.Detect(text, language, entities, today);
    }

    /// <summary>
    /// The answer for the question's intent; where that finds nothing (or the question has words of its own the
    /// intent's standard facts do not cover), the sentence of the sources that covers the question's words.
    /// </summary>
    private static Answer Compose(AnswerContext c)
    {
        var answer = YesNoAnswers.Apply(c, Answered(c));

        // Asking back which network, or answering, a question whose own words the data does not know ("montako asukasta
        // Tampereella on", "DROP TABLE networks") would pretend to understand it.
        // Holders of a title narrowed by a word the data does not know ("Seinäjoen kunnanjohtaja") are not all holders of it.
        var foreign = answer.Kind is AnswerKind.Clarify or AnswerKind.Found ? FactAnswers.ForeignWords(c) : 0;
        var narrowedTitle = c.Parsed.Intent == QuestionIntent.TitleHolder && foreign > 0;
        return (answer.Kind == AnswerKind.Clarify && foreign > 0) || (answer.Kind == AnswerKind.Found && (foreign >= 2 || narrowedTitle))
            ? ConversationAnswers.NotFound(c)
            : answer;
    }

    private static Answer Answered(AnswerContext c)
    {
        var answer = ByIntent(c);
        var intent = c.Parsed.Intent;
        if (c.Parsed.NamesUnknownNetwork)
        {
            return answer;
        }

        // A network without a founding date says so with its description ("toiminut yli 10 vuotta"); Finnish "perustana"
        // (basis) would otherwise pass for "perustettiin" (founded).
        if (answer.Kind == AnswerKind.NotFound && (intent == QuestionIntent.Unknown || FactIntents.Contains(intent) || MeetingIntents.Contains(intent))
            && (intent != QuestionIntent.NetworkFounded || AsksHowLong(c)))
        {
            // "Kauanko se on ollu verkostona" has no word of its own: how long is how long it has been active.
            var howLong = intent == QuestionIntent.NetworkFounded ? c.L("toiminut", "verkat", "active") : null;
            return FactAnswers.Find(c) ?? (howLong is null ? null : FactAnswers.Find(c, howLong)) ?? answer;
        }

        if (answer.Kind == AnswerKind.Clarify && (intent == QuestionIntent.Unknown || (FactIntents.Contains(intent) && FactAnswers.HasOwnWords(c))))
        {
            return FactAnswers.Find(c) ?? answer;
        }

        var overridable = (FactIntents.Contains(intent) && intent is not (QuestionIntent.Representation or QuestionIntent.PriorityDocument)) || intent == QuestionIntent.NetworkList
            || (MeetingIntents.Contains(intent) && c.Parsed.Period is null);
        if (answer.Kind != AnswerKind.Found || !overridable || !FactAnswers.HasOwnWords(c))
        {
            return answer;
        }

        // The sentence must be about the network the intent's answer is about: never another network's sentence; and
        // "how many" is answered by a figure, never by a sentence without one.
        var sentence = FactAnswers.Find(c);
        return sentence is not null && (answer.NetworkId is null || sentence.NetworkId == answer.NetworkId) && (!AsksCount(intent) || HasFigure(sentence)) ? sentence : answer;
    }

    /// <summary>"Kuinka kauan verkosto on toiminut?", "kuinka vanha se on?" are answered by "toiminut yli 10 vuoden ajan" when no founding date is known.</summary>
    private static bool AsksHowLong(AnswerContext c) =>
        c.Parsed.Text.Folded.Any(t => t is "long" or "lange" or "vanha" or "ika" or "old" or "gammalt" || t.StartsWith("kauan", StringComparison.Ordinal) || t.StartsWith("toimi", StringComparison.Ordinal) || t.StartsWith("verksam", StringComparison.Ordinal) || t == "active");

    private static bool AsksCount(QuestionIntent intent) => intent is QuestionIntent.NetworkSize or QuestionIntent.NetworkResidents;

    private static bool HasFigure(Answer answer) =>
        answer.Text is { } text && (text.Any(char.IsDigit) || TextNormalizer.Normalize(text).Folded.Any(NumberWords.Contains));

    /// <summary>Figures written out ("kokoontuu viisi kertaa vuodessa").</summary>
    private static readonly HashSet<string> NumberWords =
    [
        "yksi", "kaksi", "kolme", "nelja", "viisi", "kuusi", "seitseman", "kahdeksan", "yhdeksan", "kymmenen",
        "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio", "tio", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];

    private static readonly HashSet<QuestionIntent> MeetingIntents =
    [
        QuestionIntent.NextMeeting, QuestionIntent.MeetingsInPeriod, QuestionIntent.MeetingAgenda, QuestionIntent.MeetingPlace, QuestionIntent.MeetingLink,
    ];

    private static readonly HashSet<QuestionIntent> FactIntents =
    [
        QuestionIntent.NetworkOverview, QuestionIntent.NetworkSize, QuestionIntent.NetworkResidents, QuestionIntent.NetworkFounded,
        QuestionIntent.NetworkMembers, QuestionIntent.NetworkThemes, QuestionIntent.NetworkChannels, QuestionIntent.NetworkCadence,
        QuestionIntent.Representation, QuestionIntent.BodyMembers, QuestionIntent.PriorityDocument,
    ];

    private static Answer ByIntent(AnswerContext c) => c.Parsed.Intent switch
    {
        QuestionIntent.Greeting => ConversationAnswers.Greeting(c),
        QuestionIntent.Thanks => ConversationAnswers.Thanks(c),
        QuestionIntent.Help => ConversationAnswers.Help(c),
        QuestionIntent.Contact => ContactAnswers.Answer(c),
        QuestionIntent.MyRoles or QuestionIntent.MyMeetings or QuestionIntent.MyAttendance => MyAnswers.Answer(c),
        QuestionIntent.RoleHolder => RoleAnswers.WhoHolds(c),
        QuestionIntent.Representation => RepresentationAnswers.WhoRepresents(c),
        QuestionIntent.BodyMembers => BodyAnswers.WhoSits(c),
        QuestionIntent.PersonInfo => PersonAnswers.Who(c),
        QuestionIntent.TitleHolder => PersonAnswers.WithTitle(c),
        QuestionIntent.NetworkList => NetworkAnswers.List(c),
        QuestionIntent.NextMeeting or QuestionIntent.MeetingsInPeriod or QuestionIntent.MeetingAgenda
            or QuestionIntent.MeetingPlace or QuestionIntent.MeetingLink => MeetingAnswers.Answer(c, c.Parsed.Intent),
        QuestionIntent.PriorityDocument => PriorityAnswers.Answer(c),
        QuestionIntent.NetworkThemes when PrefersDocument(c) => PriorityAnswers.Answer(c),
        QuestionIntent.NetworkOverview or QuestionIntent.NetworkSize or QuestionIntent.NetworkResidents or QuestionIntent.NetworkFounded
            or QuestionIntent.NetworkMembers or QuestionIntent.NetworkThemes or QuestionIntent.NetworkChannels
            or QuestionIntent.NetworkCadence or QuestionIntent.TermLength => NetworkAnswers.Fact(c, c.Parsed.Intent),
        _ => ConversationAnswers.NotFound(c),
    };

    /// <summary>A network without key themes of its own but with a priorities document ("maakuntien liittojen painopisteet").</summary>
    private static bool PrefersDocument(AnswerContext c)
    {
        var networkId = c.Parsed.Entities.First(EntityKind.Network);
        return networkId is not null
            && c.Catalog.NetworksById.TryGetValue(networkId, out var network)
            && network.Themes.Count == 0
            && c.Catalog.PriorityDocuments.Any(d => d.NetworkId == networkId);
    }

    /// <summary>Whether answering needs the asker's answers to meetings ("olenko ilmoittautunut"), which live in the database.</summary>
    public static bool AsksOwnAttendance(Question question)
    {
        var text = TextNormalizer.Normalize(question.Text);
        return Vocabulary.Attendance.In(text) && (Vocabulary.FirstPerson.In(text) || text.Tokens.Count <= 3);
    }

    /// <summary>The asker as the catalog knows them: by person id, else by Entra object id.</summary>
    public Person? Asker(Question question)
    {
        if (question.AskerPersonId is not null && catalog.PeopleById.TryGetValue(question.AskerPersonId, out var byId))
        {
            return byId;
        }

        return question.AskerEntraObjectId is not null && catalog.PeopleByEntraObjectId.TryGetValue(question.AskerEntraObjectId, out var byEntra)
            ? byEntra
            : null;
    }
}
