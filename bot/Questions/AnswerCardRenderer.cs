using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Bot.Questions;

/// <summary>Renders any answer as one Adaptive Card 1.5, with the plain-text answer as its fallback.</summary>
public static class AnswerCardRenderer
{
    private const int MaxButtons = 5;

    public static AdaptiveCard Render(Answer answer)
    {
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Plain(answer.Title)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true },
        };
        if (!string.IsNullOrWhiteSpace(answer.Caveat))
        {
            body.Add(new TextBlock(CardText.Plain(answer.Caveat)) { Wrap = true, Color = TextColor.Warning });
        }
        if (!string.IsNullOrWhiteSpace(answer.Text))
        {
            body.Add(new TextBlock(CardText.Plain(answer.Text)) { Wrap = true });
        }
        if (answer.Facts.Count > 0)
        {
            body.Add(new FactSet([.. answer.Facts.Select(f => new Fact(CardText.Plain(f.Label), CardText.Plain(f.Value)))]));
        }
        body.AddRange(answer.Items.Select(item => new TextBlock("• " + CardText.Plain(item)) { Wrap = true, Spacing = Spacing.Small }));
        if (answer.People.Count > 0)
        {
            body.Add(People(answer.People));
        }
        body.AddRange(answer.Meetings.Select(m => Meeting(m, answer.Language)));
        if (!string.IsNullOrWhiteSpace(answer.Source))
        {
            body.Add(new TextBlock(CardText.Plain(answer.Source)) { IsSubtle = true, Size = FontSize.Small, Wrap = true });
        }
        if (answer.Suggestions.Count > 0)
        {
            body.Add(new TextBlock(CardText.Plain(answer.SuggestionsLabel ?? Labels.TryAsking(answer.Language))) { IsSubtle = true, Wrap = true, Separator = true });
        }

        var buttons = answer.Choices.Select(c => Button(c.Label, c.Value))
            .Concat(answer.Suggestions.Select(s => Button(s, s)))
            .Take(MaxButtons)
            .ToList();
        return new AdaptiveCard
        {
            Body = body,
            Actions = buttons.Count > 0 ? buttons : null,
            FallbackText = AnswerPlainText.Render(answer),
        };
    }

    private static FactSet People(IReadOnlyList<AnswerPerson> people) =>
        new([.. people.Select(p => new Fact(CardText.Plain(p.Role ?? "•"), CardText.Plain(p.Display)))]);

    private static Container Meeting(AnswerMeeting meeting, Language language)
    {
        var items = new List<CardElement>
        {
            new TextBlock(CardText.Plain(meeting.Title)) { Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock(CardText.Plain(meeting.When)) { Wrap = true, Spacing = Spacing.None },
        };
        if (meeting.IsExample)
        {
            items.Add(new TextBlock(Labels.ExampleMeeting(language)) { Wrap = true, IsSubtle = true, Size = FontSize.Small, Spacing = Spacing.None });
        }
        var facts = new List<Fact>();
        if (!string.IsNullOrWhiteSpace(meeting.Place))
        {
            facts.Add(new Fact(Labels.Place(language), CardText.Plain(meeting.Place)));
        }
        if (!string.IsNullOrWhiteSpace(meeting.Invited))
        {
            facts.Add(new Fact(Labels.Invited(language), CardText.Plain(meeting.Invited)));
        }
        if (facts.Count > 0)
        {
            items.Add(new FactSet(facts));
        }
        if (meeting.Agenda.Count > 0)
        {
            items.Add(new TextBlock(Labels.Agenda(language)) { Weight = FontWeight.Bolder, Spacing = Spacing.Small });
            items.AddRange(meeting.Agenda.Select((item, i) => new TextBlock($"{i + 1}\\. {CardText.Plain(item)}") { Wrap = true, Spacing = Spacing.None }));
        }
        if (Uri.TryCreate(meeting.TeamsLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)
        {
            items.Add(new ActionSet([new OpenUrlAction(link) { Title = Labels.Join(language) }]));
        }
        return new Container(items) { Separator = true };
    }

    private static SubmitAction Button(string title, string value) =>
        new() { Title = Shorten(title), Data = ImBack.Data(value) };

    private static string Shorten(string title) => title.Length <= 60 ? title : string.Concat(title.AsSpan(0, 57), "…");
}
