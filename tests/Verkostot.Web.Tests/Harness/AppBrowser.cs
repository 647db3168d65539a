using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Verkostot.Web.Tests.Harness;

/// <summary>One person's browser on the web app: a fresh context (own cookies), signed in through the developer sign-in.</summary>
public sealed class AppBrowser : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private AppBrowser(IBrowserContext context, IPage page, WebAppHost host)
    {
        _context = context;
        Page = page;
        Host = host;
    }

    public IPage Page { get; }
    public WebAppHost Host { get; }

    public static async Task<AppBrowser> OpenAsync(Chromium chromium, WebAppHost host)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "fi-FI",
        });
        return new AppBrowser(context, await context.NewPageAsync(), host);
    }

    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(path);

    /// <summary>The developer sign-in: pick the demo person by name, optionally as an administrator.</summary>
    public async Task SignInAsync(string personName, bool administrator = false)
    {
        await Page.GotoAsync("/hallinta/kirjaudu/kehittaja");
        await Page.GetByLabel(personName).First.CheckAsync();
        if (administrator)
        {
            await Page.GetByLabel("Ylläpitäjänä").CheckAsync();
        }
        // A click on <fluent-button> before its module has defined the element submits nothing (seen once in CI).
        await Page.EvaluateAsync("() => customElements.whenDefined('fluent-button')");
        await Page.Locator("form fluent-button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/kirjaudu", StringComparison.Ordinal));
    }

    /// <summary>axe-core on the page as it is now; fails listing every serious or critical violation.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{Page.Url}: " + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    public Task ScreenshotAsync(string name) => Screenshots.TakeAsync(Page, name);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
