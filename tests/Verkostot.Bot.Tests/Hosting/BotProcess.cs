using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The real bot as a child process (<c>dotnet Verkostot.Bot.dll</c> from this test's output folder) on 127.0.0.1, with
/// only the settings the test gives it: no appsettings.json (the working folder is the test's own), nothing inherited
/// from the test runner's ASPNETCORE_/DOTNET_ environment. For what only a process shows: exit codes, what reaches the
/// console, two instances at once, kill -9.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    public string StandardOutput { get { lock (_stdout) return _stdout.ToString(); } }
    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Lines the bot wrote to standard error, trimmed, empty ones left out.</summary>
    public IReadOnlyList<string> ErrorLines =>
        [.. StandardError.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <param name="settings">Configuration keys (<c>Storage:Provider</c>) or plain variables; null leaves a key unset.</param>
    /// <param name="workingDirectory">The process's folder: relative paths (data/verkostot.db) resolve under it.</param>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Verkostot.Bot.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || (k.StartsWith("DOTNET_", StringComparison.Ordinal) && k != "DOTNET_ROOT")
                     || k.StartsWith("OTEL_", StringComparison.Ordinal) || k.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, port);
        process.OutputDataReceived += (_, e) => Append(bot._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(bot._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
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
            throw new TimeoutException($"The bot did not exit within {timeout.TotalSeconds} s.{Output()}");
        }
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>Waits until the bot accepts connections on its port (it has started), or fails if it exits first.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} while starting.{Output()}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"The bot did not listen on 127.0.0.1:{Port} within {timeout.TotalSeconds} s.{Output()}");
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to clean up.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public string Output() =>
        $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}--- stdout (end) ---{Environment.NewLine}{Tail(StandardOutput)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
