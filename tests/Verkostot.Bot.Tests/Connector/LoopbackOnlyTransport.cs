using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;

namespace Verkostot.Bot.Tests.Connector;

/// <summary>
/// The token library's HTTP transport for a test with no network but loopback: every connection it tries is recorded
/// by host name before any DNS lookup, and one to any other host fails at once (no lookup, no packet). TLS trusts
/// exactly the loopback fake's certificate.
/// </summary>
public sealed class LoopbackOnlyTransport : IDisposable
{
    private readonly ConcurrentQueue<string> _hosts = new();
    private readonly HttpClient _client;

    public LoopbackOnlyTransport(X509Certificate2 trusted)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString(),
            },
        };
        _client = new HttpClient(handler);
        Transport = new HttpClientTransport(_client);
    }

    public HttpPipelineTransport Transport { get; }

    /// <summary>Every host a connection was attempted to, in order.</summary>
    public IReadOnlyList<string> Hosts => [.. _hosts];

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        _hosts.Enqueue(host);
        if (!IPAddress.TryParse(host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new HttpRequestException($"This test allows loopback only; the token library tried {host}.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
