using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Verkostot.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The built bot (bot/bin/{configuration}/net10.0/Verkostot.Bot.dll) as a real child process on 127.0.0.1: started
/// with <c>dotnet Verkostot.Bot.dll</c>, configured through environment variables (developer mode unless the
/// settings say otherwise), its output kept, and killed with SIGKILL (kill -9) when a test says so.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, int port)
    {
        _process = process;
        Endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public Uri Endpoint { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the bot and waits until it answers /health.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dll = BuiltBot();
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, port);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
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

    /// <summary>SIGKILL: no shutdown code runs, exactly as when the machine or the orchestrator kills the process.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Every line the bot wrote (console log), for assertions on what operators see.</summary>
    public IReadOnlyList<string> Output
    {
        get { lock (_output) { return [.. _output]; } }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var health = new Uri(Endpoint, "/health");
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The bot exited while starting:\n" + Tail());
            }
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

    public string Tail(int lines = 30) => string.Join('\n', Output.TakeLast(lines));

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
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
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
