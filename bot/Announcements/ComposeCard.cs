using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

/// <summary>The "Uusi tiedote" form, with each problem shown under its field.</summary>
public static class ComposeCard
{
    public static AdaptiveCard Render(ComposeForm form)
    {
        var v = form.Values;
        var body = new List<CardElement>
        {
            new TextBlock("Uusi tiedote") { Weight = FontWeight.Bolder, Size = FontSize.Large, Wrap = true },
        };
        if (form.Errors.Count > 0)
        {
            body.Add(new TextBlock("Tarkista merkityt kohdat.") { Color = TextColor.Attention, Weight = FontWeight.Bolder, Wrap = true });
        }
        if (form.Author.Networks.Count > 1)
        {
            body.Add(new ChoiceSetInput([.. form.Author.Networks.Select(n => new Choice(n.Name.Fi, n.Id))])
            {
                Id = "network", Label = "Verkosto", Value = v.NetworkId, Style = ChoiceInputStyle.Compact, IsRequired = true, ErrorMessage = "Valitse verkosto.",
            });
            AddError(body, form, "network");
        }
        body.Add(new TextInput { Id = "title", Label = "Otsikko", Value = v.Title, MaxLength = AnnouncementLimits.TitleMaxLength, IsRequired = true, ErrorMessage = "Kirjoita otsikko." });
        AddError(body, form, "title");
        body.Add(new TextInput
        {
            Id = "text", Label = "Teksti", Value = v.Text, IsMultiline = true, IsRequired = true, ErrorMessage = "Kirjoita teksti.",
            Placeholder = "Voit käyttää lihavointia (**näin**), kursiivia (_näin_) ja luetteloita (- kohta).",
        });
        AddError(body, form, "text");
        body.Add(new TextInput { Id = "link", Label = "Linkki (valinnainen)", Value = v.Link, Placeholder = "https://" });
        AddError(body, form, "link");
        body.Add(new ChoiceSetInput(
        [
            new Choice(AudienceNames.Finnish(AnnouncementAudience.Channel), AudienceNames.Value(AnnouncementAudience.Channel)),
            new Choice(AudienceNames.Finnish(AnnouncementAudience.ChannelAndMembers), AudienceNames.Value(AnnouncementAudience.ChannelAndMembers)),
            new Choice(AudienceNames.Finnish(AnnouncementAudience.Presidium), AudienceNames.Value(AnnouncementAudience.Presidium)),
        ])
        {
            Id = "audience", Label = "Vastaanottajat", Value = v.Audience ?? AudienceNames.Value(AnnouncementAudience.Channel),
            Style = ChoiceInputStyle.Expanded, IsRequired = true, ErrorMessage = "Valitse vastaanottajat.",
        });
        AddError(body, form, "audience");
        body.Add(new ChoiceSetInput([new Choice("Heti", DraftInput.WhenNow), new Choice("Myöhemmin", DraftInput.WhenLater)])
        {
            Id = "when", Label = "Lähetys", Value = v.When ?? DraftInput.WhenNow, Style = ChoiceInputStyle.Expanded,
        });
        body.Add(new DateInput { Id = "date", Label = "Päivä (jos myöhemmin)", Value = v.Date });
        body.Add(new TimeInput { Id = "time", Label = "Kellonaika, Suomen aikaa (jos myöhemmin)", Value = v.Time });
        AddError(body, form, "when");

        var data = form.DraftId is { } id ? ActionData.Of(("id", id.ToString())) : ActionData.Of(("network", form.Author.Networks[0].Id));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(AnnouncementVerbs.Preview) { Title = "Esikatsele", Style = ActionStyle.Positive, Data = data },
                new ExecuteAction(AnnouncementVerbs.Cancel) { Title = "Peruuta", Data = data, AssociatedInputs = AssociatedInputs.None },
            ],
            FallbackText = "Uusi tiedote: avaa lomake Teamsissa.",
        };
    }

    private static void AddError(List<CardElement> body, ComposeForm form, string field)
    {
        foreach (var error in form.Errors.Where(e => e.Field == field))
        {
            body.Add(new TextBlock(CardText.Plain(error.Message)) { Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
        }
    }
}
