using System.Diagnostics;
using System.Net.Sockets;

namespace Verkostot.Bench.Targets;

/// <summary>A server started as a child process: output drained (kept for errors), memory read from /proc.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private Action<string>? _onLine;

    private ChildProcess(Process process, long startedAt)
    {
        _process = process;
        StartedAt = startedAt;
    }

    /// <summary><see cref="Stopwatch"/> ticks just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <param name="onLine">Sees every line the process writes (stdout and stderr), e.g. to count log lines.</param>
    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?> environment, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        var child = new ChildProcess(process, startedAt) { _onLine = onLine };
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail(int lines = 15)
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output.TakeLast(lines));
        }
    }

    /// <summary>Resident memory (VmRSS) and its peak (VmHWM) in MB, from /proc/PID/status.</summary>
    public (double Rss, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Kilobytes(status, "VmRSS:") / 1024.0, Kilobytes(status, "VmHWM:") / 1024.0);
    }

    /// <summary>
    /// CPU time the process has used so far (user and system, from /proc/PID/stat), in seconds: what a reply costs,
    /// whatever else the machine is running.
    /// </summary>
    public double CpuSeconds()
    {
        // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / (double)ClockTicksPerSecond;
    }

    // USER_HZ: 100 on every Linux the bench runs on.
    private const int ClockTicksPerSecond = 100;

    public static async Task WaitForPortAsync(int port, TimeSpan timeout, ChildProcess process)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The process exited while starting:" + Environment.NewLine + process.Tail());
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }
        throw new TimeoutException($"Nothing listened on 127.0.0.1:{port} within {timeout.TotalSeconds} s:" + Environment.NewLine + process.Tail());
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _onLine?.Invoke(line);
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200)
            {
                _output.RemoveAt(0);
            }
        }
    }

    private static long Kilobytes(string[] status, string field) =>
        status.Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => long.Parse(l[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        // A benchmark target has nothing to save: no graceful shutdown needed.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
