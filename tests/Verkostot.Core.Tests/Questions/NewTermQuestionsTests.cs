using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Storage;
using Verkostot.Testing.Time;
using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Questions;

/// <summary>
/// History, term and "my" questions over several terms of data made as a coordinator makes them: "Uusi kausi" twice
/// in the web app's use case on the seeded demo database (today 23.11.2026). 2025 repeats 2024; in 2026 Tarja
/// Hosiasluoma holds Western Finland's seat with Juha Herrala as her deputy, and Marjut Ahokas chairs.
/// </summary>
public sealed class NewTermQuestionsTests : IAsyncLifetime
{
    private const string Presidium = "pienet-kunnat-puheenjohtajisto";
    private const string Small = "pienet-kunnat";
    private static readonly ChangeActor Iira = new("iira-ainiala", "Iira Ainiala", ChangeChannel.Web);
    private readonly SqliteStorageFixture _storage = new();
    private QuestionAnswerer _answerer = null!;

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        await StorageInitializer.InitializeAsync(_storage.Services, CancellationToken.None);
        var terms = _storage.Services.GetRequiredService<BodyTermsEditor>();
        await AddNextTermAsync(terms, draft => draft);
        await AddNextTermAsync(terms, draft => draft with
        {
            Seats = [.. draft.Seats!.Select(s => s.RegionId == "lansi-suomi" ? s with { MemberId = "tarja-hosiasluoma", DeputyId = "juha-herrala" } : s)],
            Officers = [new OfficerInput(Role.Chair, "marjut-ahokas"), new OfficerInput(Role.FirstViceChair, "jarkko-sorvanto")],
        });
        var catalog = await _storage.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        _answerer = new QuestionAnswerer(catalog, new ManualClock(DemoCatalogFixture.Monday23Nov2026));
    }

    public Task DisposeAsync() => _storage.DisposeAsync();

    [Theory]
    [InlineData("kuka o pj", "Marjut Ahokas", "Juha Herrala")]
    [InlineData("Kuka oli puheenjohtaja 2024?", "Juha Herrala", "Marjut Ahokas")]
    [InlineData("kuka oli puheenjohtaja vuonna 2025", "Juha Herrala", "Marjut Ahokas")]
    [InlineData("milloin puheenjohtajiston kausi päättyy?", "kausi 2026 päättyy 31.12.2026", "päättyi")]
    [InlineData("keitä neuvottelukuntaan kuuluu?", "15 varsinaista ja 15 varajäsentä", "Herrala")]
    [InlineData("ketkä ovat varajäseniä?", "Länsi-Suomi, varajäsen: Juha Herrala", "Länsi-Suomi, varajäsen: Tarja")]
    [InlineData("kenen varajäsen Juha Herrala on?", "Varsinainen jäsen: Tarja Hosiasluoma", "Puheenjohtajisto 2024")]
    [InlineData("kuka on Marjut Ahokkaan varajäsen", "Varajäsen: Emilia Savolainen", "Herrala")]
    [InlineData("pj:n varajäsen", "Emilia Savolainen", "Hosiasluoma")]
    [InlineData("onko Juha Herrala puheenjohtaja?", "Ei – Juha Herrala", "Kyllä")]
    [InlineData("onko Marjut Ahokas puheenjohtaja?", "Kyllä", "Ei –")]
    [InlineData("kuka edusti länsi-suomea 2024", "Varsinainen jäsen: Juha Herrala", "Puheenjohtajisto 2026")]
    [InlineData("vem är ordförande", "Marjut Ahokas", "Juha Herrala")]
    [InlineData("vem var ordförande 2024", "Juha Herrala", "Marjut Ahokas")]
    [InlineData("när går presidiets mandatperiod ut", "31.12.2026", "tog slut")]
    [InlineData("vilka är suppleanter i presidiet", "Västra Finland, ersättare: Juha Herrala", "ersättare: Tarja")]
    [InlineData("vems suppleant är Juha Herrala", "Ordinarie ledamot: Tarja Hosiasluoma", "Presidiet 2024")]
    [InlineData("är Juha Herrala ordförande?", "Nej – Juha Herrala", "Ja –")]
    [InlineData("who was the chair in 2024", "Juha Herrala", "Marjut Ahokas")]
    [InlineData("whose deputy is Juha Herrala", "Member: Tarja Hosiasluoma", "Presidium 2024")]
    public void Answer_AfterTwoNewTerms_FollowsTheTermAskedAbout(string question, string expected, string absent)
    {
        var text = Ask(question);

        Assert.Contains(expected, text);
        Assert.DoesNotContain(absent, text);
    }

    [Theory]
    [InlineData("Mikä on minun roolini?", "juha-herrala", "fi-FI", "Varajäsen, puheenjohtajisto (Länsi-Suomi, varsinainen jäsen Tarja Hosiasluoma)", "Puheenjohtaja,")]
    [InlineData("mikä on roolini", "tarja-hosiasluoma", "fi-FI", "Varsinainen jäsen, puheenjohtajisto (Länsi-Suomi, varajäsen Juha Herrala)", "kausi 2024")]
    [InlineData("mikä on minun roolini", "marjut-ahokas", "fi-FI", "Puheenjohtaja, Pienten kuntien verkosto", "1. varapuheenjohtaja")]
    [InlineData("vad är min roll", "juha-herrala", "sv-FI", "Ersättare, presidiet (Västra Finland, ordinarie ledamot Tarja Hosiasluoma)", "Ordförande,")]
    [InlineData("mitkä ovat minun kokoukseni?", "tarja-hosiasluoma", "fi-FI", "Puheenjohtajiston kokous", "Sinulla ei ole")]
    [InlineData("olenko ilmoittautunut?", "tarja-hosiasluoma", "fi-FI", "Puheenjohtajiston kokous, ti 1.12.2026 klo 9.00: et ole vielä vastannut", "Sinulla ei ole")]
    [InlineData("har jag anmält mig", "tarja-hosiasluoma", "sv-FI", "du har inte svarat än", "Du har inga")]
    public void Answer_MyQuestionAfterTwoNewTerms_TheAskersRolesInTheTermInForce(string question, string asker, string locale, string expected, string absent)
    {
        var text = AnswerPlainText.Render(_answerer.Answer(new Question(question, locale, Small, AskerPersonId: asker)));

        Assert.Contains(expected, text);
        Assert.DoesNotContain(absent, text);
    }

    private string Ask(string question) => AnswerPlainText.Render(_answerer.Answer(new Question(question, "fi-FI", Small)));

    private static async Task AddNextTermAsync(BodyTermsEditor terms, Func<TermInput, TermInput> change)
    {
        var draft = await terms.DraftNextTermAsync(Presidium, CancellationToken.None);
        var result = await terms.AddTermAsync(Presidium, change(draft!), Iira, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
    }
}
