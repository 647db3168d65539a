using Microsoft.Extensions.Logging;
using Verkostot.Testing.Logging;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// What the web app logs, at every level and from every category, while a coordinator signs in, adds a person, changes
/// another's address and searches the roster: no entry (message, structured values, exception text) carries a name, an
/// e-mail address, a person's id (made of the name) or what was searched for. The framework's request lines are the
/// exception the docs name (docs/privacy.md, "Logs"): they carry the path, which here names the person, so they stay at
/// Warning as shipped.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonalDataInLogsTests(Chromium chromium) : IAsyncLifetime
{
    private const string NewName = "Aino Äijälä";
    private const string NewMail = "aino.aijala@kunta.fi";
    private const string ChangedMail = "marjut.uusi@ilomantsi.fi";
    private readonly CapturedLogs _logs = new();
    private WebAppHost _host = null!;

    public Task InitializeAsync()
    {
        _host = WebAppHost.Start(settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc"] = "Warning",
        }, logs: _logs);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PeoplePages_SignInAddChangeAndSearch_LogNoNameAddressIdOrSearch()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/uusi");
        await browser.Page.GetByLabel("Nimi", new() { Exact = true }).FillAsync(NewName);
        await browser.Page.GetByLabel("Sähköposti").FillAsync(NewMail);
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=lisatty*");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas");
        await browser.Page.GetByLabel("Sähköposti").FillAsync(ChangedMail);
        await browser.Page.Locator("main form[method=post] fluent-button[type=submit]").First.ClickAsync();
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=tallennettu");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot?haku=ahokas");
        Assert.Contains("Marjut Ahokas", await browser.Page.Locator("#henkilot").InnerTextAsync());

        var lines = _logs.Entries.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Everything}").ToList();
        Assert.True(lines.Count(l => l.StartsWith(nameof(LogLevel.Trace), StringComparison.Ordinal)) > 20, "the capture is not at Trace level");
        string[] forbidden = [NewName, "Äijälä", NewMail, ChangedMail, "Marjut Ahokas", "marjut-ahokas", "Iira Ainiala", "iira-ainiala", "haku=ahokas"];
        var leaks = lines.SelectMany(line => forbidden.Where(f => line.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"'{f}' in: {line}")).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log entries carry personal data:\n{string.Join("\n", leaks.Take(20))}");
    }
}
