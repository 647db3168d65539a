using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Targets;

/// <summary>
/// bench/botbuilder-echo (botbuilder-js 4.23.3, CloudAdapter) as a child process on 127.0.0.1: auth on against the
/// loopback OpenID server, or in developer mode (no app id, no inbound token checked) when none is given.
/// </summary>
public static class BotbuilderEchoBot
{
    public const string AppId = BenchSettings.AppId;

    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "bench", "botbuilder-echo");

    public static bool IsInstalled(string repositoryRoot) =>
        Directory.Exists(Path.Combine(Folder(repositoryRoot), "node_modules", "botbuilder"));

    public static async Task<(ChildProcess Process, Uri Endpoint)> StartAsync(string repositoryRoot, string? openIdMetadataUrl)
    {
        var port = LoopbackPort.Free();
        var process = ChildProcess.Start("node", ["index.js"], Folder(repositoryRoot), new Dictionary<string, string?>
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MICROSOFT_APP_ID"] = openIdMetadataUrl is null ? "" : AppId,
            ["OPENID_METADATA_URL"] = openIdMetadataUrl ?? "",
            ["NODE_ENV"] = "production",
        });
        await ChildProcess.WaitForPortAsync(port, TimeSpan.FromSeconds(20), process);
        return (process, new Uri($"http://127.0.0.1:{port}/api/messages"));
    }
}
