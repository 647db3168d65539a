using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

/// <summary>The "Uusi tiedote" form, with each problem shown under its field.</summary>
public static class ComposeCard
{
    public static AdaptiveCard Render(ComposeForm form) => new()
    {
        Body = [.. Heading(form), .. NetworkField(form), .. MessageFields(form), .. AudienceField(form), .. ScheduleFields(form)],
        Actions = Actions(form),
        FallbackText = "Uusi tiedote: avaa lomake Teamsissa.",
    };

    private static IEnumerable<CardElement> Heading(ComposeForm form)
    {
        yield return new TextBlock("Uusi tiedote") { Weight = FontWeight.Bolder, Size = FontSize.Large, Wrap = true };
        if (form.Errors.Count > 0)
        {
            yield return new TextBlock("Tarkista merkityt kohdat.") { Color = TextColor.Attention, Weight = FontWeight.Bolder, Wrap = true };
        }
    }

    /// <summary>Only for a coordinator of several networks; otherwise the one network rides in the buttons' data.</summary>
    private static IEnumerable<CardElement> NetworkField(ComposeForm form) => form.Author.Networks.Count > 1
        ? WithErrors(form, "network", new ChoiceSetInput([.. form.Author.Networks.Select(n => new Choice(n.Name.Fi, n.Id))])
        {
            Id = "network",
            Label = "Verkosto",
            Value = form.Values.NetworkId,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = "Valitse verkosto.",
        })
        : [];

    private static IEnumerable<CardElement> MessageFields(ComposeForm form) =>
    [
        .. WithErrors(form, "title", new TextInput
        {
            Id = "title", Label = "Otsikko", Value = form.Values.Title, MaxLength = AnnouncementLimits.TitleMaxLength, IsRequired = true, ErrorMessage = "Kirjoita otsikko.",
        }),
        .. WithErrors(form, "text", new TextInput
        {
            Id = "text", Label = "Teksti", Value = form.Values.Text, IsMultiline = true, IsRequired = true, ErrorMessage = "Kirjoita teksti.",
            Placeholder = "Voit käyttää lihavointia (**näin**), kursiivia (_näin_) ja luetteloita (- kohta).",
        }),
        .. WithErrors(form, "link", new TextInput { Id = "link", Label = "Linkki (valinnainen)", Value = form.Values.Link, Placeholder = "https://" }),
    ];

    private static IEnumerable<CardElement> AudienceField(ComposeForm form) => WithErrors(form, "audience", new ChoiceSetInput(
        [.. new[] { AnnouncementAudience.Channel, AnnouncementAudience.ChannelAndMembers, AnnouncementAudience.Presidium }
            .Select(a => new Choice(AudienceNames.Finnish(a), AudienceNames.Value(a)))])
    {
        Id = "audience",
        Label = "Vastaanottajat",
        Value = form.Values.Audience ?? AudienceNames.Value(AnnouncementAudience.Channel),
        Style = ChoiceInputStyle.Expanded,
        IsRequired = true,
        ErrorMessage = "Valitse vastaanottajat.",
    });

    private static IEnumerable<CardElement> ScheduleFields(ComposeForm form) =>
    [
        new ChoiceSetInput([new Choice("Heti", DraftInput.WhenNow), new Choice("Myöhemmin", DraftInput.WhenLater)])
        {
            Id = "when", Label = "Lähetys", Value = form.Values.When ?? DraftInput.WhenNow, Style = ChoiceInputStyle.Expanded,
        },
        new DateInput { Id = "date", Label = "Päivä (jos myöhemmin)", Value = form.Values.Date },
        .. WithErrors(form, "when", new TimeInput { Id = "time", Label = "Kellonaika, Suomen aikaa (jos myöhemmin)", Value = form.Values.Time }),
    ];

    private static List<CardAction> Actions(ComposeForm form)
    {
        var data = form.DraftId is { } id ? ActionData.Of(("id", id.ToString())) : ActionData.Of(("network", form.Author.Networks[0].Id));
        return
        [
            new ExecuteAction(AnnouncementVerbs.Preview) { Title = "Esikatsele", Style = ActionStyle.Positive, Data = data },
            new ExecuteAction(AnnouncementVerbs.Cancel) { Title = "Peruuta", Data = data, AssociatedInputs = AssociatedInputs.None },
        ];
    }

    /// <summary>The field, then each problem with it, in red right under it.</summary>
    private static IEnumerable<CardElement> WithErrors(ComposeForm form, string field, CardElement input) =>
    [
        input,
        .. form.Errors.Where(e => e.Field == field)
            .Select(e => new TextBlock(CardText.Plain(e.Message)) { Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None }),
    ];
}
