using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Verkostot.Testing.Loopback;

/// <summary>
/// A fake service on a real socket: a quiet Kestrel app on http://127.0.0.1 at a port the OS picks, so parallel runs
/// never collide. A fake maps its endpoints in <see cref="Map"/> and starts with <see cref="ListenAsync"/>.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Scheme, host and port without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Maps the fake's endpoints, or one handler for every request with <c>app.Run</c>.</summary>
    protected abstract void Map(WebApplication app);

    /// <param name="certificate">Serve https with it (for clients that refuse plain http, such as Entra's token library).</param>
    protected async Task ListenAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        Origin = _app.Urls.Single().TrimEnd('/');
    }

    /// <summary>
    /// The service goes away: its port refuses connections (a stopped process, a region gone) until
    /// <see cref="ComeBackAsync"/>. What the fake holds is kept.
    /// </summary>
    public async Task GoDownAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>The service is back on the same port (plain http fakes only).</summary>
    public async Task ComeBackAsync()
    {
        if (_app is not null) return;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.WebHost.UseUrls(Origin);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
    }

    /// <summary>Answers with the status, the JSON body if there is one and Retry-After if given.</summary>
    protected static async Task RespondAsync(HttpResponse response, int statusCode, string? json, string? retryAfter = null)
    {
        response.StatusCode = statusCode;
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }
        if (json is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(json);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
