using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Reminders;

/// <summary>Shared layout of the two RSVP cards.</summary>
public static class RsvpCard
{
    public const string AttendVerb = "rsvp.attend";
    public const string DeclineVerb = "rsvp.decline";
    public const string ReminderIdKey = "reminderId";
    /// <summary>The card's language ("fi", "sv", "en"), so the card that replaces it after an answer speaks the same one.</summary>
    public const string LanguageKey = "lang";

    public static AdaptiveCard Build(MeetingCardParts parts, MeetingDetails meeting, Language language, string heading, string? lead,
        long reminderId, AttendanceAnswer? answer, RsvpOutcome outcome, string? deputyName, string fallback)
    {
        var body = new List<CardElement> { MeetingCardParts.Heading(heading) };
        if (lead is not null) body.Add(new TextBlock(CardText.Plain(lead)) { Wrap = true });
        body.AddRange(parts.Details(meeting, language));
        if (OutcomeText(outcome, language, deputyName) is { } said)
        {
            body.Add(new TextBlock(CardText.Plain(said)) { Wrap = true, Weight = FontWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.Medium });
        }
        var actions = new List<CardAction>();
        if (outcome is not (RsvpOutcome.Closed or RsvpOutcome.NotYours))
        {
            var data = ActionData.Of(
                (ReminderIdKey, reminderId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("meetingId", meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (LanguageKey, LanguageCode(language)));
            actions.Add(new ExecuteAction(AttendVerb) { Title = language.Pick("Osallistun", "Jag deltar", "I'll attend"), Data = data, Style = answer == AttendanceAnswer.Attending ? ActionStyle.Positive : null });
            actions.Add(new ExecuteAction(DeclineVerb) { Title = language.Pick("En pääse", "Jag kan inte komma", "I can't attend"), Data = data, Style = answer == AttendanceAnswer.NotAttending ? ActionStyle.Destructive : null });
        }
        actions.AddRange(parts.Links(meeting, language));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = fallback };
    }

    public static string LanguageCode(Language language) => language.Pick("fi", "sv", "en");

    /// <summary>Cards sent before they carried a language were all in Finnish.</summary>
    public static Language LanguageOf(JsonElement data) => LocaleLanguage.Of(CardData.String(data, LanguageKey));

    public static string? OutcomeText(RsvpOutcome outcome, Language language, string? deputyName) => outcome switch
    {
        RsvpOutcome.Attending => language.Pick("Kiitos, merkitsin osallistumisesi.", "Tack, jag har antecknat att du deltar.", "Thanks, I've noted that you'll attend."),
        RsvpOutcome.AttendingAsDeputy => language.Pick("Kiitos, merkitsin osallistumisesi varajäsenenä.", "Tack, jag har antecknat att du deltar som ersättare.", "Thanks, I've noted that you'll attend as deputy."),
        RsvpOutcome.NotAttending => language.Pick("Kiitos tiedosta. Merkitsin, ettet pääse.", "Tack för beskedet. Jag har antecknat att du inte kan delta.", "Thanks for letting us know. I've noted that you can't attend."),
        RsvpOutcome.NotAttendingDeputyInvited => language.Pick(
            $"Kiitos tiedosta. Varajäsenesi {deputyName} kutsuttiin.", $"Tack för beskedet. Din ersättare {deputyName} har bjudits in.", $"Thanks. Your deputy {deputyName} has been invited."),
        RsvpOutcome.NotAttendingDeputyUnreachable => language.Pick(
            $"Kiitos tiedosta. Varajäsentäsi {deputyName} ei tavoitettu Teamsissa, joten verkostovastaava saa tiedon.",
            $"Tack för beskedet. Din ersättare {deputyName} nås inte i Teams, så nätverkets koordinator får veta.",
            $"Thanks. Your deputy {deputyName} can't be reached in Teams, so the coordinator will be told."),
        RsvpOutcome.Closed => language.Pick("Vastauksia ei enää oteta: kokous on alkanut tai peruttu.", "Svar tas inte längre emot: mötet har börjat eller ställts in.", "Answers are closed: the meeting has started or was cancelled."),
        RsvpOutcome.NotYours => language.Pick("Tämä muistutus on osoitettu toiselle henkilölle.", "Den här påminnelsen är riktad till någon annan.", "This reminder is addressed to someone else."),
        _ => null,
    };
}
