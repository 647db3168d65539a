using System.Net;
using System.Net.Sockets;

namespace Verkostot.Testing.Loopback;

/// <summary>Ports for servers that bind their own socket (a child process, the bot on Kestrel).</summary>
public static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 right now (the OS picks it, so parallel runs do not collide).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
