using System.Text;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Questions.Answers;

/// <summary>Renders any <see cref="Answer"/> as plain text: the card's fallback and the text for clients without cards.</summary>
public static class AnswerPlainText
{
    public static string Render(Answer answer)
    {
        var language = answer.Language;
        var text = new StringBuilder();
        text.AppendLine(answer.Title);
        if (!string.IsNullOrWhiteSpace(answer.Caveat))
        {
            text.AppendLine(answer.Caveat);
        }

        if (!string.IsNullOrWhiteSpace(answer.Text))
        {
            text.AppendLine(answer.Text);
        }

        foreach (var fact in answer.Facts)
        {
            text.Append(fact.Label).Append(": ").AppendLine(fact.Value);
        }

        foreach (var item in answer.Items)
        {
            text.Append("- ").AppendLine(item);
        }

        foreach (var person in answer.People)
        {
            text.AppendLine(person.Role is null ? $"- {person.Display}" : $"{person.Role}: {person.Display}");
        }

        foreach (var meeting in answer.Meetings)
        {
            AppendMeeting(text, meeting, language);
        }

        if (!string.IsNullOrWhiteSpace(answer.Source))
        {
            text.AppendLine(answer.Source);
        }

        if (answer.Choices.Count > 0)
        {
            foreach (var choice in answer.Choices)
            {
                text.Append("- ").AppendLine(choice.Label);
            }
        }

        if (answer.Suggestions.Count > 0)
        {
            text.AppendLine(answer.SuggestionsLabel ?? language.Pick("Voit kysyä esimerkiksi:", "Du kan till exempel fråga:", "You can ask, for example:"));
            foreach (var suggestion in answer.Suggestions)
            {
                text.Append("- ").AppendLine(suggestion);
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>How an invented demo meeting is marked: "esimerkki".</summary>
    public static string ExampleLabel(Language language) => language.Pick("esimerkki", "exempel", "example");

    private static void AppendMeeting(StringBuilder text, AnswerMeeting meeting, Language language)
    {
        text.Append(meeting.When).Append(": ").Append(meeting.Title);
        text.AppendLine(meeting.IsExample ? $" ({ExampleLabel(language)})" : string.Empty);
        if (!string.IsNullOrWhiteSpace(meeting.Place))
        {
            text.Append("  ").Append(language.Pick("Paikka", "Plats", "Place")).Append(": ").AppendLine(meeting.Place);
        }

        if (!string.IsNullOrWhiteSpace(meeting.Invited))
        {
            text.Append("  ").Append(language.Pick("Kutsutaan", "Inbjudna", "Invited")).Append(": ").AppendLine(meeting.Invited);
        }

        if (!string.IsNullOrWhiteSpace(meeting.TeamsLink))
        {
            text.Append("  Teams: ").AppendLine(meeting.TeamsLink);
        }

        if (meeting.Agenda.Count > 0)
        {
            text.Append("  ").Append(language.Pick("Asialista", "Föredragningslista", "Agenda")).AppendLine(":");
            for (var i = 0; i < meeting.Agenda.Count; i++)
            {
                text.Append("  ").Append(i + 1).Append(". ").AppendLine(meeting.Agenda[i]);
            }
        }
    }
}
