using System.Globalization;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Targets;

/// <summary>
/// The bot as it ships (scripts/publish.sh's ReadyToRun output in artifacts/publish, which scripts/bench.sh makes) as a
/// child process on 127.0.0.1. A plain build would measure the JIT instead: on two loaded cores it was still compiling
/// a quarter of the time 50 s after the start. Developer mode (Development, no app id, no tokens either way): outside
/// it the bot would fetch its outbound token from Entra through Azure.Identity, which cannot be pointed at loopback.
/// </summary>
public static class ChildProcessBot
{
    public const string Missing = "no published bot in artifacts/publish: run scripts/publish.sh (scripts/bench.sh does).";

    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "artifacts", "publish");

    public static string Dll(string repositoryRoot) => Path.Combine(Folder(repositoryRoot), "Verkostot.Bot.dll");

    /// <param name="settings">Changes to the bench's common settings, e.g. a log level.</param>
    /// <param name="onLine">Sees every line the bot writes.</param>
    public static (ChildProcess Process, Uri Endpoint) Start(string repositoryRoot, string databaseFile,
        IReadOnlyDictionary<string, string?>? settings = null, Action<string>? onLine = null)
    {
        var port = LoopbackPort.Free();
        var environment = BenchSettings.Common(databaseFile).Concat(settings ?? new Dictionary<string, string?>())
            .GroupBy(s => s.Key).Select(g => g.Last())
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["DOTNET_ENVIRONMENT"] = "Development";
        environment["MicrosoftAppId"] = "";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = ChildProcess.Start("dotnet",
            [Dll(repositoryRoot), "--urls", "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture)],
            Folder(repositoryRoot), environment, onLine);
        return (process, new Uri($"http://127.0.0.1:{port}/api/messages"));
    }
}
