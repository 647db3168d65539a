using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Tests.Installation;

/// <summary>What Teams tells the bot about a person's own installation, through /api/messages on the real host.</summary>
public sealed class InstallationEventsTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private PersonalInstallations Installations => _host.Services.GetRequiredService<PersonalInstallations>();

    private JsonObject Installation(string action)
    {
        var update = _host.PersonalMessage("", TestActivities.DeputyAad);
        update["type"] = "installationUpdate";
        update["action"] = action;
        return update;
    }

    [Fact]
    public async Task InstallationUpdate_PersonRemovesTheApp_RecordedSoItIsNeverReinstalled()
    {
        await _host.PostAsync(Installation("remove"));

        var known = await WaitForAsync(PersonalInstallationState.RemovedByUser);
        Assert.False(PersonalInstallations.MayInstall(known, DateTimeOffset.UtcNow.AddYears(1)));
    }

    [Fact]
    public async Task InstallationUpdate_PersonAddsTheAppBack_TheirChoiceReplacesTheRemoval()
    {
        await _host.PostAsync(Installation("remove"));
        await WaitForAsync(PersonalInstallationState.RemovedByUser);

        await _host.PostAsync(Installation("add"));

        Assert.True(PersonalInstallations.MayInstall(await WaitForAsync(PersonalInstallationState.InstalledByUser), DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ConversationUpdate_RightAfterTheBotInstalledItself_NoWelcome()
    {
        await Installations.InstalledByBotAsync(TestActivities.DeputyAad, CancellationToken.None);
        var added = _host.PersonalMessage("", TestActivities.DeputyAad);
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId });
        var asked = _host.PersonalMessage("apua", TestActivities.DeputyAad);

        await _host.PostAsync(added);
        await _host.PostAsync(asked);
        await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad));
        await Task.Delay(300);

        // Only the answer to "apua": the installation's event said nothing.
        Assert.Single(_host.Connector.SentActivities, a => a.ConversationId == TestActivities.PersonalConversationId(TestActivities.DeputyAad));
    }

    private async Task<PersonalInstallation> WaitForAsync(PersonalInstallationState state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await Installations.FindAsync(TestActivities.DeputyAad, CancellationToken.None) is { } known && known.State == state) return known;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The installation was not recorded as {state} in 10 s.");
            await Task.Delay(25);
        }
    }
}
