using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostot.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The bot as a real child process on 127.0.0.1: the built bot (bot/bin/{configuration}/net10.0/Verkostot.Bot.dll,
/// started with <c>dotnet Verkostot.Bot.dll</c>), or, when VERKOSTOT_TEST_PUBLISHED_BOT names a publish folder
/// (scripts/publish.sh's <c>publish/</c>), that build's own executable <c>Verkostot.Bot</c>, so that the same tests
/// check what is deployed (trimming, ReadyToRun, self-contained). Configured through environment variables only
/// (nothing inherited from the test runner's ASPNETCORE_/DOTNET_/OTEL_ variables; developer mode in Development unless
/// the settings say otherwise), its output kept, and killed with SIGKILL (kill -9) when a test says so. For what only a
/// process shows: exit codes, what reaches the console, two instances at once, kill -9, the published build.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    /// <summary>Names a publish folder whose <c>Verkostot.Bot</c> executable the tests run instead of the built dll.</summary>
    public const string PublishedBotVariable = "VERKOSTOT_TEST_PUBLISHED_BOT";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _errors = [];

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public int Port { get; }

    public Uri Endpoint { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the bot wrote, standard output and error (console log), for assertions on what operators see.</summary>
    public IReadOnlyList<string> Output
    {
        get { lock (_output) { return [.. _output]; } }
    }

    /// <summary>The lines the bot wrote to standard error, trimmed, empty ones left out.</summary>
    public IReadOnlyList<string> ErrorLines
    {
        get { lock (_output) { return [.. _errors.Select(l => l.Trim()).Where(l => l.Length > 0)]; } }
    }

    public string StandardError
    {
        get { lock (_output) { return string.Join('\n', _errors); } }
    }

    /// <summary>Starts the bot and waits until it answers /health.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var bot = Start(settings);
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return bot;
    }

    /// <summary>
    /// Starts the bot as App Service's start command does, <c>dotnet Verkostot.Bot.dll</c> (for the published,
    /// self-contained build: an installed dotnet running the runtime in the folder), and waits until it answers /health.
    /// </summary>
    public static async Task<BotProcess> StartThroughDotnetAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = LoopbackPort.Free();
        var bot = Launch(["--urls", $"http://127.0.0.1:{port}"], port, settings, workingDirectory: null, throughDotnet: true);
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return bot;
    }

    /// <summary>Starts the bot without waiting for anything (it may refuse to start).</summary>
    /// <param name="settings">Configuration keys (<c>Storage:Provider</c>) or plain variables; a null value leaves the key unset.</param>
    /// <param name="workingDirectory">Where relative paths (data/verkostot.db) resolve; the bot's folder by default.</param>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings, string? workingDirectory = null)
    {
        var port = LoopbackPort.Free();
        return Launch(["--urls", $"http://127.0.0.1:{port}"], port, settings, workingDirectory);
    }

    /// <summary>
    /// Runs one of the bot's administrator commands (<c>export FILE</c>, <c>export-person ID FILE</c>, …) as from the
    /// command line; <see cref="ExitCodeAsync"/> waits for it.
    /// </summary>
    public static BotProcess RunCommand(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> settings, string? workingDirectory = null) =>
        Launch(arguments, port: 0, settings, workingDirectory);

    private static BotProcess Launch(IReadOnlyList<string> arguments, int port, IReadOnlyDictionary<string, string?> settings, string? workingDirectory,
        bool throughDotnet = false)
    {
        var (program, dll) = Executable(throughDotnet);
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll ?? program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll is not null)
        {
            info.ArgumentList.Add(dll);
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var name in info.Environment.Keys.Where(Inherited).ToList())
        {
            info.Environment.Remove(name);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, port);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    public async Task<HttpStatusCode> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        try
        {
            using var response = await Http.PostAsync(Endpoint, content);
            return response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"POST to the bot failed (process {(HasExited ? "exited" : "running")}):\n{Tail()}", ex);
        }
    }

    /// <summary>Posts an invoke and reads the answer Teams gets in the HTTP response.</summary>
    public async Task<JsonElement> InvokeAsync(JsonObject invoke)
    {
        using var content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Endpoint, content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The invoke got {(int)response.StatusCode}: {body}\n{Tail()}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot did not exit within {timeout.TotalSeconds} s:\n{Tail()}");
        }
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>Waits until the bot accepts connections on its port (it has started), or fails if it exits first.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            ThrowIfExited();
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"The bot did not listen on 127.0.0.1:{Port} within {timeout.TotalSeconds} s:\n{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly as when the machine or the orchestrator kills the process.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        await _process.WaitForExitAsync();
    }

    public string Tail(int lines = 30) => string.Join('\n', Output.TakeLast(lines));

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var health = new Uri(Endpoint, "/health");
        while (clock.Elapsed < timeout)
        {
            ThrowIfExited();
            try
            {
                using var response = await Http.GetAsync(health);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"The bot did not answer /health within {timeout.TotalSeconds} s:\n" + Tail());
    }

    private void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            _process.WaitForExit();
            throw new InvalidOperationException($"The bot exited with {_process.ExitCode} while starting:\n{Tail()}");
        }
    }

    private void Keep(string? line, bool error)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
                if (error)
                {
                    _errors.Add(line);
                }
            }
        }
    }

    // The child gets only what the test gives it: the runner's environment, log exporters and the like stay out.
    private static bool Inherited(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
        || (name.StartsWith("DOTNET_", StringComparison.Ordinal) && name != "DOTNET_ROOT")
        || name.StartsWith("OTEL_", StringComparison.Ordinal)
        || name.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal);

    /// <summary>The program to start and, for the built bot, the dll that <c>dotnet</c> runs.</summary>
    private static (string Program, string? Dll) Executable(bool throughDotnet)
    {
        if (Environment.GetEnvironmentVariable(PublishedBotVariable) is { Length: > 0 } folder)
        {
            if (throughDotnet) return ("dotnet", Path.Combine(Path.GetFullPath(folder), "Verkostot.Bot.dll"));
            var executable = Path.Combine(Path.GetFullPath(folder), "Verkostot.Bot");
            return File.Exists(executable)
                ? (executable, null)
                : throw new FileNotFoundException($"{PublishedBotVariable} names {folder}, which has no Verkostot.Bot executable (publish with scripts/publish.sh).");
        }
        return ("dotnet", BuiltBot());
    }

    /// <summary>The bot built in the same configuration as these tests (Release under CI).</summary>
    private static string BuiltBot()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "bot", "bin", configuration, "net10.0", "Verkostot.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the bot first: {dll} is missing.");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
