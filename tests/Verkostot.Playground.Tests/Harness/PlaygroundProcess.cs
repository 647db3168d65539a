using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Microsoft 365 Agents Playground from tools/playground, started the only way allowed here: telemetry off
/// (--disable-telemetry, APPLICATION_INSIGHTS_NO_STATSBEAT), no browser (TEAMSAPPTESTER_BROWSER=none), and
/// loopback-only.cjs preloaded so it binds 127.0.0.1 and cannot connect anywhere else.
/// Keep these in step with tools/playground/playground.sh.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string ToolDirectory = Path.Combine(RepositoryRoot.Path, "tools", "playground");
    private static readonly string Cli = Path.Combine(ToolDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PlaygroundProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the Playground printed so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string logFile)
    {
        var node = FindNode();
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException(
                $"The Microsoft 365 Agents Playground is not installed ({Cli} is missing): run scripts/setup-playground.sh.");
        }

        var port = LoopbackPort.Free();
        var playground = new PlaygroundProcess(new Process { StartInfo = StartInfo(node, botEndpoint, port, logFile) }, port);
        await playground.WaitUntilListeningAsync();
        return playground;
    }

    private static ProcessStartInfo StartInfo(string node, Uri botEndpoint, int port, string logFile)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--require", Path.Combine(ToolDirectory, "loopback-only.cjs"), Cli, "start",
            "--app-endpoint", botEndpoint.ToString(), "--channel-id", "msteams", "--port", port.ToString(),
            "--service-url", $"http://127.0.0.1:{port}/_connector", "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(ToolDirectory, ".m365agentsplayground.yml");
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logFile;
        start.Environment["TZ"] = "Europe/Helsinki";
        return start;
    }

    private async Task WaitUntilListeningAsync()
    {
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"The Agents Playground exited (code {_process.ExitCode}) before listening:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        int actualPort;
        try
        {
            actualPort = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not listen within {StartTimeout.TotalSeconds} s:\n{Output}");
        }

        // It silently moves to a random port when ours was taken meanwhile; the service URL would then be wrong.
        if (actualPort != Port)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground took port {actualPort} instead of {Port}; run again.");
        }
    }

    private void OnLine(string? line, TaskCompletionSource<int> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(int.Parse(match.Groups[1].Value));
        }
    }

    private static string FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Node.js is not on PATH: install Node.js 20 or later, then run scripts/setup-playground.sh.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)$")]
    private static partial Regex ListeningLine();
}
