using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Tests.Reminders;

namespace Verkostot.Core.Tests.Questions.Unanswered;

/// <summary>
/// The loop that learns from what the bot could not answer: kept without the asker, forgotten after 90 days, sent to
/// the network's coordinators monthly (once), marked from the card or the web app by coordinators only.
/// </summary>
public sealed class UnansweredQuestionsTests
{
    private static readonly DateTimeOffset November23 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task AnswerAsync_NotFound_KeepsTheWordsLanguageAndNetworkButNotTheAsker(string provider)
    {
        await using var world = await WorldAsync(provider);

        await Ask(world, "mikä on kuntaliiton budjetti");

        await using var db = world.Db();
        var kept = await db.Set<UnansweredQuestion>().SingleAsync();
        Assert.Equal(("mikä on kuntaliiton budjetti", Language.Finnish, ReminderWorld.Network), (kept.Text, kept.Language, kept.NetworkId));
        Assert.Equal(UnansweredStatus.Open, kept.Status);
        Assert.DoesNotContain(typeof(UnansweredQuestion).GetProperties(), p => p.Name.Contains("Asker", StringComparison.Ordinal) || p.Name.Contains("Conversation", StringComparison.Ordinal) || p.Name.Contains("Person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_Answered_KeepsNothing()
    {
        await using var world = await ReminderWorld.SqliteAsync(November23);

        await Ask(world, "kuka on verkostovastaava");

        await using var db = world.Db();
        Assert.Empty(await db.Set<UnansweredQuestion>().ToListAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_After90Days_ForgetsTheQuestion(string provider)
    {
        await using var world = await WorldAsync(provider);
        await Ask(world, "mikä on kuntaliiton budjetti");

        world.Time.Advance(TimeSpan.FromDays(89));
        await Report(world);
        Assert.Equal(1, await Count(world));
        world.Time.Advance(TimeSpan.FromDays(2));
        await Report(world);
        Assert.Equal(0, await Count(world));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_FirstWeekTwice_SendsTheCoordinatorOneCardOfLastMonthsQuestions(string provider)
    {
        await using var world = await WorldAsync(provider);
        await Ask(world, "mikä on kuntaliiton budjetti");
        await Ask(world, "Mikä on Kuntaliiton budjetti?");
        await Ask(world, "kuka voitti jalkapallon MM-kisat", networkId: null);

        world.Time.Advance(TimeSpan.FromDays(9)); // 2.12.2026
        await Report(world);
        await Report(world);

        var notice = Assert.IsType<UnansweredQuestionsNotice>(Assert.Single(world.Messenger.To(ReminderWorld.Coordinator)));
        Assert.Equal("Kysymykset, joihin en löytänyt vastausta", notice.Heading);
        Assert.Contains("marraskuussa 2026", notice.Intro);
        Assert.Equal(2, notice.Total);
        Assert.Equal((2, "Mikä on Kuntaliiton budjetti?"), (notice.Questions[0].Times, notice.Questions[0].Text));
        Assert.Single(world.Messenger.Sent);
    }

    [Fact]
    public async Task RunAsync_MidMonth_SendsNothing()
    {
        await using var world = await ReminderWorld.SqliteAsync(November23);
        await Ask(world, "mikä on kuntaliiton budjetti");

        world.Time.Advance(TimeSpan.FromDays(30)); // 23.12.2026
        await Report(world);

        Assert.Empty(world.Messenger.Sent);
    }

    [Fact]
    public async Task RunAsync_EveryQuestionMarked_SendsNothing()
    {
        await using var world = await ReminderWorld.SqliteAsync(November23);
        await Ask(world, "mikä on kuntaliiton budjetti");
        await Mark(world, UnansweredStatus.OutOfScope, ReminderWorld.CoordinatorAad);

        world.Time.Advance(TimeSpan.FromDays(9));
        await Report(world);

        Assert.Empty(world.Messenger.Sent);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task MarkAsync_ByTheCoordinator_MarksEveryAskingOfTheSameWords(string provider)
    {
        await using var world = await WorldAsync(provider);
        await Ask(world, "mikä on kuntaliiton budjetti");
        await Ask(world, "Mikä on kuntaliiton budjetti?");
        await Ask(world, "paljonko kello on");

        Assert.Equal(MarkOutcome.Marked, await Mark(world, UnansweredStatus.AnsweredByDataChange, ReminderWorld.CoordinatorAad, "Mikä on kuntaliiton budjetti?"));

        var items = await world.Services.GetRequiredService<UnansweredQuestions>().ListAsync(ReminderWorld.CoordinatorAad);
        Assert.Equal(UnansweredStatus.Open, items[0].Status);
        Assert.Equal((UnansweredStatus.AnsweredByDataChange, 2), (items[1].Status, items[1].Times));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task MarkAsync_BySomeoneElse_IsForbiddenAndChangesNothing(string provider)
    {
        await using var world = await WorldAsync(provider);
        await Ask(world, "mikä on kuntaliiton budjetti");

        Assert.Equal(MarkOutcome.Forbidden, await Mark(world, UnansweredStatus.OutOfScope, "aad-mirja"));
        Assert.Empty(await world.Services.GetRequiredService<UnansweredQuestions>().ListAsync("aad-mirja"));
        Assert.Equal(UnansweredStatus.Open, (await world.Services.GetRequiredService<UnansweredQuestions>().ListAsync(ReminderWorld.CoordinatorAad)).Single().Status);
    }

    [Fact]
    public async Task MarkAsync_ForgottenQuestion_IsNotFound()
    {
        await using var world = await ReminderWorld.SqliteAsync(November23);

        Assert.Equal(MarkOutcome.NotFound, await world.Services.GetRequiredService<UnansweredQuestions>().MarkAsync(404, UnansweredStatus.OutOfScope, ReminderWorld.CoordinatorAad, CancellationToken.None));
    }

    [Fact]
    public async Task Model_UnansweredQuestions_HasNoColumnForWhoAskedOrInWhichChat()
    {
        await using var world = await ReminderWorld.SqliteAsync(November23);
        await using var db = world.Db();

        var columns = db.Model.FindEntityType(typeof(UnansweredQuestion))!.GetProperties().Select(p => p.GetColumnName()).Order();

        Assert.Equal(["AskedAt", "Id", "Language", "MarkedAt", "NetworkId", "Status", "Text"], columns);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task RunAsync_EveryDayOfTheFirstWeek_SendsTheCoordinatorOneCard(string provider)
    {
        await using var world = await WorldAsync(provider);
        await Ask(world, "mikä on kuntaliiton budjetti");

        for (var day = 1; day <= 8; day++)
        {
            world.At(new DateOnly(2026, 12, day), new TimeOnly(8, 0));
            await Report(world);
        }

        Assert.IsType<UnansweredQuestionsNotice>(Assert.Single(world.Messenger.Sent).Notice);
    }

    [Fact]
    public async Task RunAsync_TwoHostsAtOnceOnPostgres_EachNetworksCoordinatorGetsOneCardOfTheirNetwork()
    {
        await using var world = await WorldAsync("PostgreSql");
        await AddOtherNetworkAsync(world);
        await Ask(world, "mikä on kuntaliiton budjetti");
        await Ask(world, "milloin on pikkujoulut", OtherNetwork);
        var second = world.AddInstance(world.Messenger);
        world.At(new DateOnly(2026, 12, 1), new TimeOnly(8, 0));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => ReportOn(i % 2 == 0 ? world.Services : second))));

        var kaisa = Assert.IsType<UnansweredQuestionsNotice>(Assert.Single(world.Messenger.To(ReminderWorld.Coordinator)));
        var olli = Assert.IsType<UnansweredQuestionsNotice>(Assert.Single(world.Messenger.To(OtherCoordinator)));
        Assert.Equal("mikä on kuntaliiton budjetti", Assert.Single(kaisa.Questions).Text);
        Assert.Equal("milloin on pikkujoulut", Assert.Single(olli.Questions).Text);
        Assert.Equal(2, world.Messenger.Sent.Count);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task MarkAsync_CoordinatorOfAnotherNetwork_IsForbiddenAndSeesOnlyTheirOwn(string provider)
    {
        await using var world = await WorldAsync(provider);
        await AddOtherNetworkAsync(world);
        await Ask(world, "mikä on kuntaliiton budjetti");
        await Ask(world, "kuka voitti jalkapallon MM-kisat", networkId: null);

        Assert.Equal(MarkOutcome.Forbidden, await Mark(world, UnansweredStatus.OutOfScope, OtherCoordinatorAad, "mikä on kuntaliiton budjetti"));
        var seen = await world.Services.GetRequiredService<UnansweredQuestions>().ListAsync(OtherCoordinatorAad);
        Assert.Equal("kuka voitti jalkapallon MM-kisat", Assert.Single(seen).Text);
        Assert.All(await world.Services.GetRequiredService<UnansweredQuestions>().ListAsync(ReminderWorld.CoordinatorAad), i => Assert.Equal(UnansweredStatus.Open, i.Status));
    }

    private const string OtherNetwork = "toinen-verkosto";
    private const string OtherCoordinator = "olli-koordinaattori";
    private const string OtherCoordinatorAad = "aad-olli";

    private static async Task<ReminderWorld> WorldAsync(string provider) =>
        provider == "PostgreSql" ? await ReminderWorld.PostgresAsync(November23) : await ReminderWorld.SqliteAsync(November23);

    /// <summary>A second network with a coordinator of its own, Olli.</summary>
    private static async Task AddOtherNetworkAsync(ReminderWorld world)
    {
        await using (var db = world.Db())
        {
            db.Networks.Add(new Network { Id = OtherNetwork, Name = new LocalizedText("Toinen verkosto") });
            db.People.Add(new Person { Id = OtherCoordinator, Name = "Olli Koordinaattori", EntraObjectId = OtherCoordinatorAad });
            db.RoleAssignments.Add(new RoleAssignment { PersonId = OtherCoordinator, NetworkId = OtherNetwork, Role = Role.Coordinator });
            await db.SaveChangesAsync();
        }
        world.Services.GetRequiredService<Verkostot.Core.Catalog.ICatalogSource>().Invalidate();
    }

    private static async Task<int> ReportOn(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnansweredReport>().RunAsync(CancellationToken.None);
    }

    private static async Task Ask(ReminderWorld world, string text, string? networkId = ReminderWorld.Network)
    {
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.Services.GetRequiredService<QuestionAnswering>().AnswerAsync(new Question(text, "fi-FI", networkId, AskerEntraObjectId: "aad-mirja"), CancellationToken.None);
    }

    private static Task<int> Report(ReminderWorld world) =>
        world.InScopeAsync(sp => sp.GetRequiredService<UnansweredReport>().RunAsync(CancellationToken.None));

    private static async Task<int> Count(ReminderWorld world)
    {
        await using var db = world.Db();
        return await db.Set<UnansweredQuestion>().CountAsync();
    }

    private static async Task<MarkOutcome> Mark(ReminderWorld world, UnansweredStatus status, string aad, string? text = null)
    {
        await using var db = world.Db();
        var id = (await db.Set<UnansweredQuestion>().ToListAsync()).First(q => text is null || q.Text == text).Id;
        return await world.Services.GetRequiredService<UnansweredQuestions>().MarkAsync(id, status, aad, CancellationToken.None);
    }
}
