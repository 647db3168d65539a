using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Verkostot.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Microsoft 365 Agents Playground from tools/playground, started through tools/playground/playground.sh, the only
/// way it may be started here: telemetry off, no browser, and loopback-only.cjs preloaded so it binds 127.0.0.1 and
/// cannot connect anywhere else. The script execs node, so the process is the Playground itself.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string ToolDirectory = Path.Combine(RepositoryRoot.Path, "tools", "playground");
    private static readonly string Cli = Path.Combine(ToolDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
    private static readonly string Script = Path.Combine(ToolDirectory, "playground.sh");

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

    /// <param name="tenant">
    /// The mock tenant, tools/playground/&lt;tenant&gt;.m365agentsplayground.yml (playground.sh's PLAYGROUND_TENANT);
    /// null for the default .m365agentsplayground.yml.
    /// </param>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string logFile, string? tenant = null)
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException(
                $"The Microsoft 365 Agents Playground is not installed ({Cli} is missing): run scripts/setup-playground.sh.");
        }

        var port = LoopbackPort.Free();
        var playground = new PlaygroundProcess(new Process { StartInfo = StartInfo(botEndpoint, port, logFile, tenant) }, port);
        await playground.WaitUntilListeningAsync();
        return playground;
    }

    private static ProcessStartInfo StartInfo(Uri botEndpoint, int port, string logFile, string? tenant)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Script, botEndpoint.ToString(), port.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PLAYGROUND_TENANT"] = tenant ?? "";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logFile;
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
