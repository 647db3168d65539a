using System.Globalization;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Targets;

/// <summary>
/// The built bot (bot/bin/Release/net10.0/Verkostot.Bot.dll) as a child process on 127.0.0.1, for start-up time and
/// resident memory. Developer mode (Development, no app id, no tokens either way): outside it the bot would fetch its
/// outbound token from Entra through Azure.Identity, which cannot be pointed at loopback.
/// </summary>
public static class ChildProcessBot
{
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "bot", "bin", "Release", "net10.0");

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
