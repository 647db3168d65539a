using System.Globalization;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Targets;

/// <summary>
/// bench/Verkostot.Bench.Floor as a child process on 127.0.0.1: a bare ASP.NET Core endpoint that parses the activity
/// and posts one reply. What the machine allows a .NET bot; ours is measured against it.
/// </summary>
public static class FloorEndpoint
{
    public static string Dll(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "bench", "Verkostot.Bench.Floor", "bin", "Release", "net10.0", "Verkostot.Bench.Floor.dll");

    public static async Task<(ChildProcess Process, Uri Endpoint)> StartAsync(string repositoryRoot)
    {
        var port = LoopbackPort.Free();
        var dll = Dll(repositoryRoot);
        var process = ChildProcess.Start("dotnet", [dll, "--urls", "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture)],
            Path.GetDirectoryName(dll)!, new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        await ChildProcess.WaitForPortAsync(port, TimeSpan.FromSeconds(30), process);
        return (process, new Uri($"http://127.0.0.1:{port}/api/messages"));
    }
}
