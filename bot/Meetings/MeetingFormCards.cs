using System.Globalization;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Meetings;

/// <summary>The coordinator's forms: add a meeting, move, edit or cancel one. Errors are shown at the top of the same form.</summary>
public static class MeetingFormCards
{
    public const string AddVerb = "meeting.add";
    public const string MoveVerb = "meeting.move";
    public const string CancelVerb = "meeting.cancel";
    public const string OpenEditVerb = "meeting.edit.open";
    public const string EditVerb = "meeting.edit.save";

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
            ])
        { Id = "repeat", Label = "Toisto", Value = input?.Repeat ?? MeetingRepeat.None });
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

    /// <summary>The upcoming meetings, each with its own button: the edit form needs one meeting's values to start from.</summary>
    public static AdaptiveCard EditList(IReadOnlyList<MeetingDetails> meetings)
    {
        if (meetings.Count == 0) return Done(MeetingCommandTexts.NoMeetings);
        var body = new List<CardElement> { MeetingCardParts.Heading("Muokkaa kokousta") };
        foreach (var m in meetings)
        {
            var items = new List<CardElement> { new TextBlock(CardText.Plain(Title(m))) { Weight = FontWeight.Bolder, Wrap = true } };
            if ((m.Place ?? (m.TeamsLink is null ? null : "Teams")) is { } where)
            {
                items.Add(new TextBlock(CardText.Plain(where)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None });
            }
            items.Add(new ActionSet([new ExecuteAction(OpenEditVerb) { Title = "Muokkaa", Data = MeetingData(m) }]));
            body.Add(new Container(items) { Separator = true });
        }
        return new AdaptiveCard { Body = body, FallbackText = "Muokkaa kokousta" };
    }

    /// <summary>The edit form, filled with the meeting as it is (or with what was sent, when it comes back with errors).</summary>
    public static AdaptiveCard Edit(MeetingDetails meeting, MeetingFormInput? input = null, IReadOnlyList<string>? errors = null)
    {
        var local = HelsinkiTime.ToLocal(meeting.StartsAt);
        var body = new List<CardElement>
        {
            MeetingCardParts.Heading("Muokkaa kokousta"),
            new TextBlock(CardText.Plain($"{MeetingKindNames.Heading(meeting.Kind, Language.Finnish)}, {meeting.NetworkName}")) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        body.AddRange(Errors(errors));
        body.AddRange(When(
            input?.Date ?? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            input?.Time ?? local.ToString("HH:mm", CultureInfo.InvariantCulture)));
        body.Add(new TextInput { Id = "place", Label = "Paikka", Placeholder = "esim. Kuntatalo, Helsinki", Value = input is null ? meeting.Place : input.Place, MaxLength = 200 });
        body.Add(new TextInput { Id = "teamsLink", Label = "Teams-linkki", Placeholder = "https://teams.microsoft.com/…", Value = input is null ? meeting.TeamsLink : input.TeamsLink, MaxLength = 1000 });
        body.Add(new TextInput { Id = "agenda", Label = "Esityslista (yksi asia riville)", IsMultiline = true, Value = input is null ? string.Join("\n", meeting.Agenda) : input.Agenda, MaxLength = 2000 });
        body.Add(new TextBlock("Jos muutat aikaa, jo muistutetut saavat tiedon uudesta ajasta.") { Wrap = true, IsSubtle = true });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(EditVerb) { Title = "Tallenna", Style = ActionStyle.Positive, Data = MeetingData(meeting) }],
            FallbackText = "Muokkaa kokousta",
        };
    }

    /// <summary>The edited meeting as it now is, so the coordinator sees what the reminders will say.</summary>
    public static AdaptiveCard Updated(string text, MeetingDetails meeting)
    {
        var card = Done(text, meeting);
        var facts = new List<Fact> { new("Aika", HelsinkiDateFormat.FormatRange(meeting.StartsAt, meeting.EndsAt, Language.Finnish)) };
        if (meeting.Place is { } place) facts.Add(new("Paikka", CardText.Plain(place)));
        if (meeting.TeamsLink is { } link) facts.Add(new("Teams-linkki", CardText.Plain(link)));
        var body = new List<CardElement>(card.Body ?? []) { new FactSet(facts) };
        if (meeting.Agenda.Count > 0)
        {
            body.Add(new TextBlock("Esityslista") { Weight = FontWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new TextBlock(string.Join("\n", meeting.Agenda.Select(item => "- " + CardText.Plain(item)))) { Wrap = true });
        }
        return card with { Body = body };
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

    private static string Title(MeetingDetails m) => $"{MeetingKindNames.Heading(m.Kind, Language.Finnish)} {HelsinkiDateFormat.Format(m.StartsAt, Language.Finnish)}";

    private static System.Text.Json.JsonElement MeetingData(MeetingDetails m) => ActionData.Of(("meetingId", m.Id.ToString(CultureInfo.InvariantCulture)));

    private static ChoiceSetInput Pick(IReadOnlyList<MeetingDetails> meetings) =>
        new([.. meetings.Select(m => new Choice(Title(m), m.Id.ToString(CultureInfo.InvariantCulture)))])
        { Id = "meetingId", Label = "Kokous", IsRequired = true, ErrorMessage = "Valitse kokous.", Value = meetings[0].Id.ToString(CultureInfo.InvariantCulture) };

    private static IEnumerable<CardElement> When(string? date, string? time, string dateLabel = "Päivä", string timeLabel = "Kellonaika")
    {
        yield return new DateInput { Id = "date", Label = dateLabel, IsRequired = true, ErrorMessage = "Anna päivämäärä.", Value = date };
        yield return new TimeInput { Id = "time", Label = timeLabel, IsRequired = true, ErrorMessage = "Anna kellonaika.", Value = time ?? "09:00" };
    }

    private static IEnumerable<CardElement> Errors(IReadOnlyList<string>? errors) =>
        (errors ?? []).Select(e => (CardElement)new TextBlock(CardText.Plain(e)) { Wrap = true, Color = TextColor.Attention });
}
