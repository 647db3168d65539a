namespace Verkostot.Playground.Tests.Harness;

/// <summary>One bot host and one Playground for all tests in the collection, with the app installed in the personal chat, the group chat and the team.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("verkostot-playground-").FullName;
    private BotHost? _bot;
    private PlaygroundProcess? _playground;
    private HttpClient? _http;
    private ConversationStream? _stream;

    internal PlaygroundClient Playground { get; private set; } = null!;

    internal ConversationStream Stream => _stream!;

    public async Task InitializeAsync()
    {
        _bot = BotHost.Start(Path.Combine(_workDirectory, "verkostot.db"));
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, Path.Combine(_workDirectory, "playground.log"));
        _http = new HttpClient { BaseAddress = _playground.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        Playground = new PlaygroundClient(_http);
        _stream = await ConversationStream.OpenAsync(_playground.BaseAddress);

        await Playground.InstallAsync(PlaygroundTenant.PersonalChatId);
        await Playground.InstallAsync(PlaygroundTenant.GroupChatId);
        await Playground.InstallAsync(PlaygroundTenant.TeamId);
        // A welcome message after installing must not be mistaken for the answer to a test's question.
        await Stream.SettleAsync(quiet: TimeSpan.FromMilliseconds(500), atMost: TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync()
    {
        if (_stream is not null) await _stream.DisposeAsync();
        _http?.Dispose();
        if (_playground is not null) await _playground.DisposeAsync();
        if (_bot is not null) await _bot.DisposeAsync();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is the OS's to clean.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}
