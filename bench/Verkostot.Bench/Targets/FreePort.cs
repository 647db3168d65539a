using System.Net;
using System.Net.Sockets;

namespace Verkostot.Bench.Targets;

internal static class FreePort
{
    /// <summary>A port free on 127.0.0.1 right now (the OS picks it; a child process binds it a moment later).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
