namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The bot on a real socket and a Playground talking to it, with their files (the bot's SQLite database, the
/// Playground's log) in a folder of their own: what each Playground fixture starts, stopped in reverse order.
/// </summary>
internal sealed class PlaygroundSession : IAsyncDisposable
{
    private readonly string _workDirectory;
    private BotHost? _bot;
    private PlaygroundProcess? _process;
    private HttpClient? _http;
    private ConversationStream? _stream;

    private PlaygroundSession(string name) => _workDirectory = Directory.CreateTempSubdirectory($"verkostot-{name}-").FullName;

    public BotHost Bot => _bot!;

    public Uri BaseAddress => _process!.BaseAddress;

    public PlaygroundClient Playground { get; private set; } = null!;

    public ConversationStream Stream => _stream!;

    /// <param name="name">Names the work folder, e.g. "playground".</param>
    /// <param name="time">The bot's clock; the system clock if null.</param>
    /// <param name="tenant">The Playground's mock tenant; its default if null.</param>
    public static async Task<PlaygroundSession> StartAsync(string name, TimeProvider? time = null, string? tenant = null)
    {
        var session = new PlaygroundSession(name);
        try
        {
            session._bot = BotHost.Start(Path.Combine(session._workDirectory, "verkostot.db"), time);
            session._process = await PlaygroundProcess.StartAsync(
                session._bot.MessagesEndpoint, Path.Combine(session._workDirectory, "playground.log"), tenant);
            session._http = new HttpClient { BaseAddress = session._process.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
            session.Playground = new PlaygroundClient(session._http);
            session._stream = await ConversationStream.OpenAsync(session._process.BaseAddress);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null) await _stream.DisposeAsync();
        _http?.Dispose();
        if (_process is not null) await _process.DisposeAsync();
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
