using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;
using V = Verkostot.Core.Questions.Understanding.Vocabulary;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>
/// Chooses what a question asks from its words and the names found in it. The order of the checks is the
/// precedence: the most specific signal (a meeting word, a role word) wins over a bare name.
/// </summary>
public static class IntentDetector
{
    public static ParsedQuestion Detect(NormalizedText text, Language language, EntityMentions entities, DateOnly today)
    {
        var period = PeriodParser.Parse(text, today);
        var parsed = new ParsedQuestion(text, language, QuestionIntent.Unknown, entities, Period: period, MeetingKind: MeetingKindOf(text));
        return parsed with { Intent = IntentOf(text, entities, period), Role = RoleOf(text), AsksDeputy = V.Deputy.In(text), Year = PeriodParser.ExplicitYear(text), NamesUnknownNetwork = NamesUnknownNetwork(text, entities) || OffLimits(text, entities), IsYesNo = IsYesNo(text) };
    }

    private static QuestionIntent IntentOf(NormalizedText text, EntityMentions entities, Period? period)
    {
        if (text.IsEmpty)
        {
            return QuestionIntent.Help;
        }

        if (NamesUnknownNetwork(text, entities) || OffLimits(text, entities))
        {
            return QuestionIntent.Unknown;
        }

        if (V.Help.In(text) && !HasSubject(text, entities))
        {
            return QuestionIntent.Help;
        }

        if (V.PriorityDocument.In(text) && (V.Themes.In(text) || text.Joined.Contains("painopist", StringComparison.Ordinal)))
        {
            return QuestionIntent.PriorityDocument;
        }

        if (V.RegionalCouncilThemes.In(text) && (V.Themes.In(text) || text.Tokens.Contains("2021")))
        {
            return QuestionIntent.PriorityDocument;
        }

        // "Painopisteet" are the documents' word; a network's own are its "kärkiteemat".
        if (text.Folded.Any(t => t.StartsWith("painopist", StringComparison.Ordinal)) && !entities.Has(EntityKind.Network)
            && !text.Folded.Any(t => t.StartsWith("karkiteem", StringComparison.Ordinal)))
        {
            return QuestionIntent.PriorityDocument;
        }

        if (AboutAsker(text, entities) is { } mine)
        {
            return mine;
        }

        if (V.Contact.In(text) && !entities.Has(EntityKind.Person) && RoleOf(text) is null or Role.Coordinator)
        {
            return QuestionIntent.Contact;
        }

        var meetingIntent = MeetingIntentOf(text, period);
        if (meetingIntent is not null)
        {
            return meetingIntent.Value;
        }

        if (V.TermLength.In(text))
        {
            return QuestionIntent.TermLength;
        }

        var hasPlace = entities.Has(EntityKind.SeatRegion) || entities.Has(EntityKind.Maakunta) || entities.Has(EntityKind.Municipality);

        // "Onko verkostolla edustajia työryhmissä?" is not about the presidium's regional seats.
        if (V.Represent.In(text) && !hasPlace && !entities.Has(EntityKind.Person) && entities.IdsOf(EntityKind.BodyKind).Any(k => k != nameof(BodyKind.Presidium)))
        {
            return QuestionIntent.Unknown;
        }
        if (hasPlace && (V.Represent.In(text) || V.Deputy.In(text) || V.Members.In(text)))
        {
            return QuestionIntent.Representation;
        }

        // "kuka on Herralan varajäsen": the deputy of the seat the person holds, not the person.
        if (entities.Has(EntityKind.Person) && V.Deputy.In(text))
        {
            return QuestionIntent.Representation;
        }

        if (entities.Has(EntityKind.Person) && (V.Role.In(text) || V.ContactDetails.In(text) || !HasFactWord(text) || (IsYesNo(text) && V.FullMember.In(text))))
        {
            return QuestionIntent.PersonInfo;
        }

        // "pj:n varajäsen", "ordförandens suppleant": the deputy of the chair's seat ("deputy chair" is a vice chair).
        if (RoleOf(text) == Role.Chair && V.Deputy.In(text))
        {
            return QuestionIntent.Representation;
        }

        if (RoleOf(text) is not null)
        {
            return QuestionIntent.RoleHolder;
        }

        if (entities.Has(EntityKind.Title) && !V.Represent.In(text) && !V.Deputy.In(text))
        {
            return QuestionIntent.TitleHolder;
        }

        if (V.Represent.In(text) || (V.Deputy.In(text) && !HasBody(entities)))
        {
            return QuestionIntent.Representation;
        }

        if (HasBody(entities) && !V.Count.In(text) && !V.Founded.In(text) && !V.Cadence.In(text) && !V.Channels.In(text))
        {
            return QuestionIntent.BodyMembers;
        }

        var fact = NetworkFactOf(text);

        // "Kuinka monta asukasta Isojoella on": the data holds networks' figures, never a municipality's own.
        if (fact is QuestionIntent.NetworkResidents or QuestionIntent.NetworkSize && entities.Has(EntityKind.Municipality) && !entities.Has(EntityKind.Network))
        {
            return QuestionIntent.Unknown;
        }

        if (fact is not null)
        {
            return fact.Value;
        }

        if (hasPlace)
        {
            return QuestionIntent.Representation;
        }

        if (V.NetworkList.In(text) && !entities.Has(EntityKind.Network))
        {
            return QuestionIntent.NetworkList;
        }

        if (entities.Has(EntityKind.Network) || HasBody(entities))
        {
            return HasBody(entities) ? QuestionIntent.BodyMembers : QuestionIntent.NetworkOverview;
        }

        if (V.Thanks.In(text))
        {
            return QuestionIntent.Thanks;
        }

        if (V.Greeting.In(text))
        {
            return QuestionIntent.Greeting;
        }

        if (V.Help.In(text))
        {
            return QuestionIntent.Help;
        }

        return QuestionIntent.Unknown;
    }

    /// <summary>
    /// "Kuutoskaupunkien puheenjohtaja" names a network the data does not have: answering for some other network
    /// (or asking which one) would mislead, so the question is left unanswered honestly.
    /// </summary>
    private static bool NamesUnknownNetwork(NormalizedText text, EntityMentions entities)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Folded[i];
            var compound = new[] { "kaupunk", "kaupung", "verkost" }.Any(stem => token.IndexOf(stem, StringComparison.Ordinal) > 0);
            if (compound && !entities.Covers(i) && !V.IsKnown(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the data never holds (<see cref="V.OffLimits"/>), and e-mail addresses asked of nobody in particular.</summary>
    private static bool OffLimits(NormalizedText text, EntityMentions entities) =>
        V.OffLimits.In(text) || (V.EmailAddress.In(text) && !entities.Has(EntityKind.Person) && RoleOf(text) is null);

    /// <summary>"Mikä on roolini", "milloin on seuraava kokoukseni", "olenko ilmoittautunut", "what is my role".</summary>
    private static QuestionIntent? AboutAsker(NormalizedText text, EntityMentions entities)
    {
        var possessive = text.Folded.Any(t => t.Length > 5 && t.EndsWith("ni", StringComparison.Ordinal) && (V.Role.Matches(t) || V.Meeting.Matches(t)));

        // "Kenen varalla olen": "olen" is the asker only when it is the question's verb, not in "olen uusi, kuka on pj".
        var olen = text.Tokens.Contains("olen") && !text.Tokens.Any(t => t is "on" or "ovat" or "oli" or "olivat");
        var ownVerb = text.Tokens.Count > 0 && IsFirstPersonQuestionVerb(text.Tokens[0]);
        if (!possessive && !olen && !ownVerb && !V.FirstPerson.In(text) || entities.Has(EntityKind.Person))
        {
            return null;
        }

        if (V.Attendance.In(text))
        {
            return QuestionIntent.MyAttendance;
        }

        if (V.Meeting.In(text))
        {
            return QuestionIntent.MyMeetings;
        }

        // "Olenko puheenjohtajistossa", "mikä on minun roolini", "mitä minä teen verkostossa".
        return V.Role.In(text) || HasBody(entities) || RoleOf(text) is not null || ownVerb || text.Tokens.Any(t => t is "olenko" or "oonko" or "teen" or "kuulun" or "olen")
            || text.Joined.Contains("är jag", StringComparison.Ordinal) || text.Joined.Contains("am i", StringComparison.Ordinal)
            ? QuestionIntent.MyRoles
            : null;
    }

    /// <summary>"Kuulunko", "edustanko", "pääsenkö": a verb in the first person singular asking -ko/-kö (not the passive "tarvitaanko").</summary>
    private static bool IsFirstPersonQuestionVerb(string token) =>
        token.Length >= 6 && (token.EndsWith("nko", StringComparison.Ordinal) || token.EndsWith("nkö", StringComparison.Ordinal))
        && !token.EndsWith("aanko", StringComparison.Ordinal) && !token.EndsWith("äänkö", StringComparison.Ordinal) && token is not ("paljonko" or "kauanko" or "kuinkako");

    /// <summary>A question starting with a verb in -ko/-kö ("onko", "kuuluuko", "edustaako") or "är", "is", "does".</summary>
    private static bool IsYesNo(NormalizedText text)
    {
        if (text.Tokens.Count < 2)
        {
            return false;
        }

        var first = text.Tokens[0];
        return (first.Length > 3 && (first.EndsWith("ko", StringComparison.Ordinal) || first.EndsWith("kö", StringComparison.Ordinal)) && first is not "koko" and not "kuinka" and not "montako" and not "paljonko" and not "koska")
            || first is "onks" or "oonks" or "är" or "hör" or "sitter" or "ingår" or "finns" or "representerar" or "is" or "are" or "am" or "does" or "do" or "was" or "were";
    }

    private static bool HasBody(EntityMentions entities) => entities.Has(EntityKind.Body) || entities.Has(EntityKind.BodyKind);

    /// <summary>"Apua, kuka on puheenjohtaja?" is a question, not a request for help.</summary>
    private static bool HasSubject(NormalizedText text, EntityMentions entities) =>
        entities.All.Count > 0 || RoleOf(text) is not null || V.Meeting.In(text) || NetworkFactOf(text) is not null;

    private static bool HasFactWord(NormalizedText text) =>
        V.Meeting.In(text) || V.Agenda.In(text) || V.Link.In(text) || NetworkFactOf(text) is not null;

    private static QuestionIntent? MeetingIntentOf(NormalizedText text, Period? period)
    {
        // "Milloin puheenjohtajisto kokoontuu seuraavaksi" asks for a date, not for the rhythm.
        var meetingWord = V.Meeting.In(text) || (V.Cadence.In(text) && text.Tokens.Any(t => t.StartsWith("seuraav", StringComparison.Ordinal) || t is "next" or "nästa"));
        var agenda = V.Agenda.In(text) && !V.Themes.In(text);
        var link = V.Link.In(text);
        if (!meetingWord && !agenda && !link && period is null)
        {
            return null;
        }

        if (V.Cadence.In(text) && period is null && !text.Tokens.Any(t => t.StartsWith("seuraav", StringComparison.Ordinal) || t is "next" or "nästa"))
        {
            return QuestionIntent.NetworkCadence;
        }

        if (agenda)
        {
            return QuestionIntent.MeetingAgenda;
        }

        if (link)
        {
            return QuestionIntent.MeetingLink;
        }

        if (V.Place.In(text) && (meetingWord || period is not null))
        {
            return QuestionIntent.MeetingPlace;
        }

        if (period is not null && !text.Tokens.Any(t => t.StartsWith("seuraav", StringComparison.Ordinal) || t is "nästa" or "next"))
        {
            // "Milloin verkosto perustettiin marraskuussa 2019" is about founding, and "what is the weather tomorrow"
            // not about anything here; a bare time ("ensi viikolla?") does ask for meetings.
            // "Sataako huomenna?" asks its own verb, which is nothing the data knows, not about tomorrow's meetings.
            return meetingWord || (!HasNonMeetingFact(text) && text.Tokens.Count <= 4 && !AsksUnknownVerb(text)) ? QuestionIntent.MeetingsInPeriod : null;
        }

        return meetingWord ? QuestionIntent.NextMeeting : null;
    }

    private static bool AsksUnknownVerb(NormalizedText text) => IsYesNo(text) && !V.IsKnown(text.Folded[0]);

    private static bool HasNonMeetingFact(NormalizedText text) =>
        V.Founded.In(text) || V.Count.In(text) || V.Residents.In(text) || RoleOf(text) is not null || V.Represent.In(text);

    private static QuestionIntent? NetworkFactOf(NormalizedText text)
    {
        // "Mikä on asukasraja", "millä asukasmäärällä pääsee mukaan": a criterion of membership, not the network's population.
        if (V.Residents.In(text) && (V.Criterion.In(text) || text.Folded.Any(t => t.Contains("raja", StringComparison.Ordinal) || t.Contains("grans", StringComparison.Ordinal))))
        {
            return QuestionIntent.NetworkMembers;
        }

        if (V.Residents.In(text) && !ResidentsAsCriterion(text))
        {
            return QuestionIntent.NetworkResidents;
        }

        if (V.Count.In(text))
        {
            return QuestionIntent.NetworkSize;
        }

        if (V.Founded.In(text))
        {
            return QuestionIntent.NetworkFounded;
        }

        if (V.Cadence.In(text))
        {
            return QuestionIntent.NetworkCadence;
        }

        if (V.Channels.In(text))
        {
            return QuestionIntent.NetworkChannels;
        }

        if (V.Themes.In(text))
        {
            return QuestionIntent.NetworkThemes;
        }

        if (V.Members.In(text))
        {
            return QuestionIntent.NetworkMembers;
        }

        return null;
    }

    /// <summary>"Yli 50 000 asukkaan kaupungit": residents as a criterion of members, not the question.</summary>
    private static bool ResidentsAsCriterion(NormalizedText text)
    {
        var at = V.Residents.FirstIndex(text);
        return at > 0 && text.Tokens[at - 1].All(char.IsDigit);
    }

    public static Role? RoleOf(NormalizedText text)
    {
        if (V.ViceChair.In(text))
        {
            return V.FirstOrdinal.In(text) || !text.Tokens.Any(t => t is "2" or "toinen" or "second" or "andre" or "andra")
                ? Role.FirstViceChair
                : Role.ViceChair;
        }

        if (V.Secretary.In(text))
        {
            return Role.Secretary;
        }

        if (V.Management.In(text) || text.Joined.Contains("johdon yhteyshenkilö", StringComparison.Ordinal))
        {
            return Role.ManagementContact;
        }

        if (V.Coordinator.In(text))
        {
            return Role.Coordinator;
        }

        if (text.Tokens.Any(IsChairWord))
        {
            return Role.Chair;
        }

        return null;
    }

    private static bool IsChairWord(string token) =>
        !token.StartsWith("puheenjohtajis", StringComparison.Ordinal) && V.Chair.Matches(token);

    private static MeetingKind? MeetingKindOf(NormalizedText text)
    {
        if (V.NetworkMeeting.In(text))
        {
            return MeetingKind.NetworkMeeting;
        }

        if (V.ThematicMeeting.In(text))
        {
            return MeetingKind.ThematicMeeting;
        }

        if (V.JointMeeting.In(text))
        {
            return MeetingKind.JointMeeting;
        }

        if (V.PresidiumMeeting.In(text) || ChairsMeeting(text))
        {
            return MeetingKind.PresidiumMeeting;
        }

        return null;
    }

    /// <summary>"Pj:n kokous", "puheenjohtajan kokous", "ordförandens möte": the chair's meeting is the presidium's.</summary>
    private static bool ChairsMeeting(NormalizedText text)
    {
        for (var i = 0; i + 1 < text.Tokens.Count; i++)
        {
            if (IsChairWord(text.Tokens[i]) && V.Meeting.Matches(text.Tokens[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
