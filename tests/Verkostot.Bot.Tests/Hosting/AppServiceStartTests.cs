using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Protocol;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The start command infra/modules/webapp.bicep gives App Service, <c>dotnet Verkostot.Bot.dll</c>, on the build that
/// is deployed (under scripts/test-published.sh the self-contained publish, whose own runtime the installed dotnet runs).
/// </summary>
[Trait("Category", "Process")]
public sealed class AppServiceStartTests
{
    [Fact]
    public async Task StartedWithDotnetAndTheDll_AnswersAQuestion()
    {
        await using var database = ThrowawayDatabase.Sqlite();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotProcess.StartThroughDotnetAsync(database.Storage);
        var message = TestActivities.PersonalMessage(connector.ServiceUrl, "kuka on pienten kuntien verkoston puheenjohtaja", "00000000-0000-0000-0000-00000000a5c3", "fi-FI");

        await bot.PostAsync(message);

        var answer = await connector.WaitForRequestAsync(r => Answers.IsAnswer(r) && Answers.AnsweredId(r) == Answers.IdOf(message), TimeSpan.FromSeconds(30));
        Assert.Contains("Juha Herrala", CardStrings.Of(answer.Body));
    }
}
