using System.Net;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// One person's visit to a bot process's web app over plain HTTP, as a browser without scripts makes it: its own
/// cookies, the Development developer sign-in, pages read and forms sent back with their antiforgery token.
/// </summary>
public sealed class WebSession : IDisposable
{
    private readonly HttpClient _http;

    private WebSession(Uri origin)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = origin,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>A session of nobody yet: only public pages open.</summary>
    public static WebSession Anonymous(BotProcess bot) => new(new Uri($"http://127.0.0.1:{bot.Port}/"));

    /// <summary>Signs in through /hallinta/kirjaudu/kehittaja as the demo person, optionally as an administrator.</summary>
    public static async Task<WebSession> SignInAsync(BotProcess bot, string personId, bool administrator = false)
    {
        var session = Anonymous(bot);
        var (page, _) = await session.GetPageAsync("/hallinta/kirjaudu/kehittaja");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", HtmlPage.AntiforgeryToken(page)),
            new("henkilo", personId),
        };
        if (administrator)
        {
            fields.Add(new("yllapitaja", "true"));
        }
        using var signedIn = await session.PostFormAsync("/hallinta/kirjaudu/kehittaja", fields);
        if (signedIn.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/hallinta/kirjaudu", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The developer sign-in as {personId} did not sign in: {(int)signedIn.StatusCode}");
        }
        return session;
    }

    public HttpClient Http => _http;

    /// <summary>GETs a page that must answer 200; its HTML and the address it ended at after redirects.</summary>
    public async Task<(string Html, Uri Address)> GetPageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 3000)]}", null, response.StatusCode);
        }
        return (html, response.RequestMessage!.RequestUri!);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        _http.PostAsync(path, new FormUrlEncodedContent(fields));

    public void Dispose() => _http.Dispose();
}
