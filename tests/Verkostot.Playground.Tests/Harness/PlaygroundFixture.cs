namespace Verkostot.Playground.Tests.Harness;

/// <summary>One bot host and one Playground for all tests in the collection, with the app installed in the personal chat, the group chat and the team.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private PlaygroundSession? _session;

    internal PlaygroundClient Playground => _session!.Playground;

    internal ConversationStream Stream => _session!.Stream;

    public async Task InitializeAsync()
    {
        _session = await PlaygroundSession.StartAsync("playground");

        await Playground.InstallAsync(PlaygroundTenant.PersonalChatId);
        await Playground.InstallAsync(PlaygroundTenant.GroupChatId);
        await Playground.InstallAsync(PlaygroundTenant.TeamId);
        // A welcome message after installing must not be mistaken for the answer to a test's question.
        await Stream.SettleAsync(quiet: TimeSpan.FromMilliseconds(500), atMost: TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }
}
