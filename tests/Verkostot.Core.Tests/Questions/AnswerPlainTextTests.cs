using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Tests.Questions;

public sealed class AnswerPlainTextTests
{
    [Fact]
    public void Render_PeopleFactsMeetings_OneLineEach()
    {
        var meeting = new AnswerMeeting(7, "Puheenjohtajiston kokous", "ti 1.12.2026 klo 9.00–10.00", default, default, "Teams", "https://teams.example/x", ["Valmistelu"], null);
        var answer = Answer.Of(AnswerKind.Found, Language.Finnish, "Itä-Suomen edustajat") with
        {
            Facts = [new("Maakunnat", "Kainuu")],
            People = [new("marjut-ahokas", "Marjut Ahokas", "Varsinainen jäsen", "kunnanjohtaja", "Ilomantsi", null)],
            Meetings = [meeting],
        };

        var text = AnswerPlainText.Render(answer);

        Assert.Equal(
            """
            Itä-Suomen edustajat
            Maakunnat: Kainuu
            Varsinainen jäsen: Marjut Ahokas, kunnanjohtaja, Ilomantsi
            ti 1.12.2026 klo 9.00–10.00: Puheenjohtajiston kokous
              Paikka: Teams
              Teams: https://teams.example/x
              Asialista:
              1. Valmistelu
            """.ReplaceLineEndings(),
            text.ReplaceLineEndings());
    }

    [Fact]
    public void Render_Suggestions_IntroducedInAnswerLanguage()
    {
        var answer = Answer.Of(AnswerKind.NotFound, Language.Swedish, "Jag hittade ingen information om det.") with { Suggestions = ["När är nästa möte?"] };

        Assert.Contains("Du kan till exempel fråga:", AnswerPlainText.Render(answer));
    }
}
