using System.Globalization;
using Verkostot.Bot.Answers;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Bot.Meetings;

/// <summary>The coordinator's forms: add a meeting, move one, cancel one. Errors are shown at the top of the same form.</summary>
public static class MeetingFormCards
{
    public const string AddVerb = "meeting.add";
    public const string MoveVerb = "meeting.move";
    public const string CancelVerb = "meeting.cancel";

    public static AdaptiveCard Add(IReadOnlyList<Network> networks, MeetingFormInput? input = null, IReadOnlyList<string>? errors = null)
    {
        var body = new List<CardElement> { MeetingCardParts.Heading("Lisää kokous") };
        body.AddRange(Errors(errors));
        body.Add(new ChoiceSetInput([.. networks.Select(n => new Choice(n.Name.Fi, n.Id))])
            { Id = "networkId", Label = "Verkosto", IsRequired = true, ErrorMessage = "Valitse verkosto.", Value = input?.NetworkId ?? networks.FirstOrDefault()?.Id });
        body.Add(new ChoiceSetInput([.. new[] { MeetingKind.PresidiumMeeting, MeetingKind.NetworkMeeting, MeetingKind.ThematicMeeting, MeetingKind.WorkingGroupMeeting }
                .Select(k => new Choice(MeetingKindNames.Heading(k, Language.Finnish), k.ToString()))])
            { Id = "kind", Label = "Kokouksen laji", IsRequired = true, ErrorMessage = "Valitse kokouksen laji.", Value = input?.Kind ?? nameof(MeetingKind.PresidiumMeeting) });
        body.AddRange(When(input?.Date, input?.Time));
        body.Add(new TextInput { Id = "place", Label = "Paikka", Placeholder = "esim. Kuntatalo, Helsinki", Value = input?.Place, MaxLength = 200 });
        body.Add(new TextInput { Id = "teamsLink", Label = "Teams-linkki", Placeholder = "https://teams.microsoft.com/…", Value = input?.TeamsLink, MaxLength = 1000 });
        body.Add(new TextInput { Id = "agenda", Label = "Esityslista (yksi asia riville)", IsMultiline = true, Value = input?.Agenda, MaxLength = 2000 });
        body.Add(new ChoiceSetInput(
            [
                new Choice("Ei toistu", MeetingRepeat.None),
                new Choice("Joka kuukausi samana viikonpäivänä", MeetingRepeat.Monthly),
                new Choice("Joka viikko", MeetingRepeat.Weekly),
            ]) { Id = "repeat", Label = "Toisto", Value = input?.Repeat ?? MeetingRepeat.None });
        body.Add(new TextInput { Id = "count", Label = "Kertoja (toistuvalle)", Value = input?.Count ?? "1", MaxLength = 2 });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(AddVerb) { Title = "Tallenna", Style = ActionStyle.Positive }],
            FallbackText = "Lisää kokous",
        };
    }

    public static AdaptiveCard Move(IReadOnlyList<MeetingDetails> meetings, IReadOnlyList<string>? errors = null)
    {
        if (meetings.Count == 0) return Done(MeetingCommandTexts.NoMeetings);
        var body = new List<CardElement> { MeetingCardParts.Heading("Siirrä kokous") };
        body.AddRange(Errors(errors));
        body.Add(Pick(meetings));
        body.AddRange(When(null, null, "Uusi päivä", "Uusi kellonaika"));
        return new AdaptiveCard { Body = body, Actions = [new ExecuteAction(MoveVerb) { Title = "Siirrä", Style = ActionStyle.Positive }], FallbackText = "Siirrä kokous" };
    }

    public static AdaptiveCard Cancel(IReadOnlyList<MeetingDetails> meetings, IReadOnlyList<string>? errors = null)
    {
        if (meetings.Count == 0) return Done(MeetingCommandTexts.NoMeetings);
        var body = new List<CardElement> { MeetingCardParts.Heading("Peru kokous") };
        body.AddRange(Errors(errors));
        body.Add(Pick(meetings));
        body.Add(new TextBlock("Jo muistutetut saavat tiedon perumisesta.") { Wrap = true, IsSubtle = true });
        return new AdaptiveCard { Body = body, Actions = [new ExecuteAction(CancelVerb) { Title = "Peru kokous", Style = ActionStyle.Destructive }], FallbackText = "Peru kokous" };
    }

    /// <summary>The card that replaces a form once it has been acted on.</summary>
    public static AdaptiveCard Done(string text, MeetingDetails? meeting = null)
    {
        var body = new List<CardElement> { new TextBlock(CardText.Plain(text)) { Wrap = true, Weight = FontWeight.Bolder } };
        if (meeting is not null)
        {
            body.Add(new TextBlock(CardText.Plain($"{MeetingKindNames.Heading(meeting.Kind, Language.Finnish)} {HelsinkiDateFormat.Format(meeting.StartsAt, Language.Finnish)}")) { Wrap = true });
        }
        return new AdaptiveCard { Body = body, FallbackText = text };
    }

    private static ChoiceSetInput Pick(IReadOnlyList<MeetingDetails> meetings) =>
        new([.. meetings.Select(m => new Choice(
            $"{MeetingKindNames.Heading(m.Kind, Language.Finnish)} {HelsinkiDateFormat.Format(m.StartsAt, Language.Finnish)}",
            m.Id.ToString(CultureInfo.InvariantCulture)))])
        { Id = "meetingId", Label = "Kokous", IsRequired = true, ErrorMessage = "Valitse kokous.", Value = meetings[0].Id.ToString(CultureInfo.InvariantCulture) };

    private static IEnumerable<CardElement> When(string? date, string? time, string dateLabel = "Päivä", string timeLabel = "Kellonaika")
    {
        yield return new DateInput { Id = "date", Label = dateLabel, IsRequired = true, ErrorMessage = "Anna päivämäärä.", Value = date };
        yield return new TimeInput { Id = "time", Label = timeLabel, IsRequired = true, ErrorMessage = "Anna kellonaika.", Value = time ?? "09:00" };
    }

    private static IEnumerable<CardElement> Errors(IReadOnlyList<string>? errors) =>
        (errors ?? []).Select(e => (CardElement)new TextBlock(CardText.Plain(e)) { Wrap = true, Color = TextColor.Attention });
}
