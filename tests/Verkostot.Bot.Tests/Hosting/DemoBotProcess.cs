using System.Text.Json.Nodes;
using Verkostot.Bot.Tests.Protocol;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// One bot process shared by a test class, as `scripts/run.sh` starts it: Development, developer mode (no
/// MicrosoftAppId), the demo data loaded into a SQLite database of its own, the loopback Bot Connector as every
/// activity's serviceUrl. Hangfire's recurring-job scheduler logs at Trace, so that its runs show in the output.
/// </summary>
public sealed class DemoBotProcess : IAsyncLifetime
{
    public const string SchedulerCategory = "Hangfire.Server.RecurringJobScheduler";

    public ThrowawayDatabase Database { get; } = ThrowawayDatabase.Sqlite();

    public FakeConnector Connector { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotProcess.StartAsync(new Dictionary<string, string?>(Database.Storage)
        {
            [$"Logging:LogLevel:{SchedulerCategory}"] = "Trace",
        });
    }

    /// <summary>A personal message to the bot from <paramref name="aadObjectId"/>, in <paramref name="locale"/>.</summary>
    public JsonObject Message(string text, string aadObjectId, string locale = "fi-FI") =>
        TestActivities.PersonalMessage(Connector.ServiceUrl, text, aadObjectId, locale);

    /// <summary>Posts a message and waits for the bot's answer to it at the connector.</summary>
    public async Task<RecordedRequest> AskAsync(JsonObject message)
    {
        var status = await Bot.PostAsync(message);
        if (status != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /api/messages got {(int)status}:\n{Bot.Tail()}");
        }
        var id = Answers.IdOf(message);
        try
        {
            return await Connector.WaitForRequestAsync(r => Answers.IsAnswer(r) && Answers.AnsweredId(r) == id, TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No answer to \"{message["text"]}\" reached the connector within 30 s:\n{Bot.Tail()}");
        }
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Database.DisposeAsync();
    }
}
