using System.Diagnostics;
using System.Globalization;

namespace Verkostot.Bench.Startup;

/// <summary>
/// The published bot as a child process: <c>dotnet Verkostot.Bot.dll</c> from the publish folder, in Production, every
/// address on 127.0.0.1, the fakes' TLS certificate as its only trusted root (SSL_CERT_FILE) so its token comes from
/// the loopback Entra fake. Output kept for errors; memory read from /proc.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotUnderTest(Process process, DateTimeOffset startedAt)
    {
        _process = process;
        StartedAt = startedAt;
    }

    public DateTimeOffset StartedAt { get; }

    public bool HasExited => _process.HasExited;

    public static BotUnderTest Start(string publishFolder, string workingFolder, int port, IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(publishFolder, "Verkostot.Bot.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("OTEL_", StringComparison.Ordinal) || k.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new Process { StartInfo = info };
        var startedAt = DateTimeOffset.UtcNow;
        process.Start();
        var bot = new BotUnderTest(process, startedAt);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Resident memory (VmRSS) in MB.</summary>
    public double RssMb() => StatusMb("VmRSS:");

    /// <summary>
    /// What the resident memory is: anonymous (heaps, stacks), file-backed (mapped DLLs) and shared: the runtime's loader
    /// heaps (types, method descriptors, stubs) and JIT code, which it keeps in one memory file mapped twice so that no
    /// page is writable and executable at once. The shared part is split by view: the writable view holds the loader
    /// heaps' data, the executable one code and stubs (with DOTNET_EnableWriteXorExecute=0 the same total shows as
    /// anonymous). Then the number of assemblies mapped: what start-up loaded.
    /// </summary>
    public string RssParts()
    {
        var (data, code) = RuntimeSharedMb();
        return $"anonymous {StatusMb("RssAnon:"):0} MB, files {StatusMb("RssFile:"):0} MB, shared {StatusMb("RssShmem:"):0} MB " +
            $"(runtime data {data:0}, code {code:0}), {AssembliesMapped()} assemblies";
    }

    /// <summary>Assemblies mapped into the process, each file once.</summary>
    public int AssembliesMapped() => File.ReadLines($"/proc/{_process.Id}/maps")
        .Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
        .Where(fields => fields.Length == 6 && fields[5].EndsWith(".dll", StringComparison.Ordinal))
        .Select(fields => fields[5])
        .Distinct(StringComparer.Ordinal)
        .Count();

    /// <summary>Resident MB of the runtime's double-mapped memory file: its writable views (data) and executable ones (code).</summary>
    private (double DataMb, double CodeMb) RuntimeSharedMb()
    {
        long data = 0, code = 0;
        foreach (var (mapping, permissions, kb) in ResidentMappings())
        {
            if (mapping.StartsWith("memfd:doublemapper", StringComparison.Ordinal))
            {
                if (permissions.Contains('x', StringComparison.Ordinal)) code += kb; else data += kb;
            }
        }
        return (data / 1024.0, code / 1024.0);
    }

    /// <summary>
    /// CPU time the process has used so far (user and system), in seconds: on a busy machine the time to the first
    /// answer mostly measures the wait for a core; this is the work itself.
    /// </summary>
    public double CpuSeconds()
    {
        // /proc/PID/stat: the fields after the command name's closing parenthesis; utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / (double)ClockTicksPerSecond;
    }

    // USER_HZ: 100 on every Linux the bot runs on (x86-64 and arm64 kernels report times in it).
    private const int ClockTicksPerSecond = 100;

    /// <summary>Diagnostic: resident memory per mapping (file name, or the kind of anonymous memory), largest first.</summary>
    public IReadOnlyList<(string Mapping, double Mb)> RssByMapping()
    {
        var sizes = new Dictionary<string, long>();
        foreach (var (mapping, _, kb) in ResidentMappings())
        {
            sizes[mapping] = sizes.GetValueOrDefault(mapping) + kb;
        }
        return [.. sizes.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value / 1024.0))];
    }

    /// <summary>Each mapping of /proc/PID/smaps: its file name (or "[anonymous]"), permissions and resident KB.</summary>
    private IEnumerable<(string Mapping, string Permissions, long Kb)> ResidentMappings()
    {
        var current = "";
        var permissions = "";
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                current = fields.Length >= 6 ? Path.GetFileName(string.Join(' ', fields[5..])) : "[anonymous]";
                permissions = fields[1];
            }
            else if (fields is ["Rss:", var kb, "kB"])
            {
                yield return (current, permissions, long.Parse(kb, CultureInfo.InvariantCulture));
            }
        }
    }

    private double StatusMb(string field)
    {
        var line = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    public string Tail(int lines = 20)
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output.TakeLast(lines));
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
        }
    }

    /// <summary>SIGTERM, as App Service stops an instance, then SIGKILL if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }
}
