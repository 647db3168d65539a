using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Questions;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Questions;

/// <summary>The coordinators' monthly card of unanswered questions: its buttons mark a question, for the coordinator only.</summary>
public sealed class UnansweredQuestionsCardTests
{
    public static UnansweredQuestionsNotice SampleNotice { get; } = new(Language.Finnish, "pienet-kunnat", "Pienten kuntien verkosto", "2026-11", "marraskuussa 2026",
    [
        new UnansweredItem(1, "mikä on budjetti", Language.Finnish, 3, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), "pienet-kunnat", UnansweredStatus.Open, null),
        new UnansweredItem(2, "kuka voitti", Language.Finnish, 1, new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero), null, UnansweredStatus.OutOfScope, new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero)),
    ], 2);

    /// <summary>An answer citing its source, with the ended-term warning and an example meeting.</summary>
    public static Core.Questions.Answers.Answer SampleAnswer { get; } = Core.Questions.Answers.Answer.Of(Core.Questions.Answers.AnswerKind.Found, Language.Finnish, "Puheenjohtaja – Pienten kuntien verkosto")
        with
    {
        People = [new Core.Questions.Answers.AnswerPerson("juha-herrala", "Juha Herrala", "Puheenjohtaja", "kunnanjohtaja", "Isojoki", null)],
        Meetings = [new Core.Questions.Answers.AnswerMeeting(1, "Puheenjohtajiston kokous", "ti 1.12.2026 klo 9.00–10.00", new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), "Teams", null, [], null, IsExample: true)],
        Source = "Puheenjohtajisto 2024 · lähde: Kuntaliitto",
        Caveat = "Tieto on kaudelta 2024, joka on päättynyt. Uudempaa tietoa ei ole, joten tilanne voi olla muuttunut.",
    };

    [Fact]
    public void Render_OpenAndMarkedQuestions_ButtonsOnlyOnTheOpenOne()
    {
        var json = System.Text.RegularExpressions.Regex.Unescape(new UnansweredQuestionsCardRenderer().Render(SampleNotice).ToJsonElement().GetRawText());

        Assert.Contains("Kysymykset, joihin en löytänyt vastausta", json);
        Assert.Contains("3 kertaa", json);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, UnansweredQuestionsCardRenderer.AnsweredVerb));
        Assert.Contains("ei kuulu botille", json);
    }

    [Fact]
    public void Render_AnswerWithSourceAndCaveat_ShowsBothAndMarksTheExampleMeeting()
    {
        var card = Verkostot.Bot.Questions.AnswerCardRenderer.Render(SampleAnswer);
        var json = System.Text.RegularExpressions.Regex.Unescape(card.ToJsonElement().GetRawText());

        Assert.Contains("Puheenjohtajisto 2024 · lähde: Kuntaliitto", json);
        Assert.Contains("\"color\": \"warning\"", json.Replace("\":\"", "\": \""));
        Assert.Contains("Esimerkkikokous", json);
        Assert.Contains("(esimerkki)", card.FallbackText);
    }

    [Fact]
    public async Task Invoke_CoordinatorMarksAnswered_TheCardComesBackWithTheMark()
    {
        await using var host = await BotTestHost.StartAsync();
        var id = await KeepAsync(host, "mikä on kuntaliiton budjetti");

        var response = await host.InvokeAsync(host.CardAction(UnansweredQuestionsCardRenderer.AnsweredVerb, Data(id), "activity-1"));

        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        Assert.Contains("vastattu tietoja muuttamalla", System.Text.RegularExpressions.Regex.Unescape(response.GetProperty("value").GetRawText()));
        Assert.Equal(UnansweredStatus.AnsweredByDataChange, await StatusAsync(host, id));
    }

    [Fact]
    public async Task Invoke_SomeoneElse_IsToldOnlyTheCoordinatorMayAndNothingChanges()
    {
        await using var host = await BotTestHost.StartAsync();
        var id = await KeepAsync(host, "mikä on kuntaliiton budjetti");

        var response = await host.InvokeAsync(host.CardAction(UnansweredQuestionsCardRenderer.OutOfScopeVerb, Data(id), "activity-1", TestActivities.ChairAad));

        Assert.Contains("Vain verkoston verkostovastaava", response.GetProperty("value").GetString());
        Assert.Equal(UnansweredStatus.Open, await StatusAsync(host, id));
    }

    private static JsonObject Data(long id) => new()
    {
        [UnansweredQuestionsCardRenderer.IdKey] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [UnansweredQuestionsCardRenderer.NetworkKey] = "pienet-kunnat",
        [UnansweredQuestionsCardRenderer.MonthKey] = $"{DateTime.UtcNow:yyyy-MM}",
        [UnansweredQuestionsCardRenderer.LanguageKey] = "fi",
    };

    private static async Task<long> KeepAsync(BotTestHost host, string text)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        var question = new UnansweredQuestion { Text = text, Language = Language.Finnish, AskedAt = DateTimeOffset.UtcNow, NetworkId = "pienet-kunnat" };
        db.Add(question);
        await db.SaveChangesAsync();
        return question.Id;
    }

    private static async Task<UnansweredStatus> StatusAsync(BotTestHost host, long id)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        return (await db.Set<UnansweredQuestion>().AsNoTracking().SingleAsync(q => q.Id == id)).Status;
    }
}
