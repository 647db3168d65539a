using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>Administrators export the data, and import a file through a preview of its changes and a confirmation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportExportTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task Import_ExportedFileWithOneChange_PreviewsThenAppliesOnlyThatChange()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala", administrator: true);
        var file = await ExportWithNewDescriptionAsync(browser, "Pienten kuntien edunvalvontafoorumi.");

        await PreviewAsync(browser, file);

        var networks = await browser.Page.Locator("#muutokset tr", new() { HasText = "Verkostot" }).InnerTextAsync();
        Assert.Equal(["Verkostot", "0", "1", "0"], networks.Split('\t', StringSplitOptions.TrimEntries)[..4]);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("tuonti-esikatselu");
        Assert.NotEqual("Pienten kuntien edunvalvontafoorumi.", await DescriptionAsync());

        await ApplyAsync(browser);

        Assert.Equal("Pienten kuntien edunvalvontafoorumi.", await DescriptionAsync());
        File.Delete(file);
    }

    [Fact]
    public async Task Import_AppliedOnThePage_ChangeLogNamesItAnImportWithTheFieldInFinnish()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala", administrator: true);
        var file = await ExportWithNewDescriptionAsync(browser, "Pienet kunnat yhdessä.");
        await PreviewAsync(browser, file);
        await ApplyAsync(browser);

        await browser.GotoAsync("/hallinta/pienet-kunnat/muutokset");

        var latest = await browser.Page.Locator("tbody tr").First.InnerTextAsync();
        Assert.Contains("tuonti", latest);
        Assert.Contains("verkosto pienet-kunnat", latest);
        Assert.Contains("muutettu: kuvaus", latest);
        File.Delete(file);
    }

    private static async Task<string> ExportWithNewDescriptionAsync(AppBrowser browser, string description)
    {
        await browser.GotoAsync("/hallinta/tiedot");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() =>
            browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Lataa tiedot (verkostot.json)" }).ClickAsync());
        var data = JsonNode.Parse(await File.ReadAllTextAsync(await download.PathAsync()))!;
        var network = data["networks"]!.AsArray().Single(n => (string?)n!["id"] == "pienet-kunnat")!;
        network["description"]!["fi"] = description;
        var file = Path.Combine(Path.GetTempPath(), $"verkostot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, data.ToJsonString());
        return file;
    }

    private static async Task PreviewAsync(AppBrowser browser, string file)
    {
        await browser.Page.GetByLabel("Tuotava tiedosto (JSON)").SetInputFilesAsync(file);
        await browser.Page.Locator("form[action$='handler=Preview'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForSelectorAsync("#muutokset");
    }

    private static async Task ApplyAsync(AppBrowser browser)
    {
        await browser.Page.Locator("form[action$='handler=Apply'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForSelectorAsync(".notice");
    }

    [Fact]
    public async Task Import_BrokenFile_ShowsLineNumberedErrorsAndChangesNothing()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala", administrator: true);
        await browser.GotoAsync("/hallinta/tiedot");
        var file = Path.Combine(Path.GetTempPath(), $"verkostot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{\n  \"formatVersion\": 1,\n  \"networks\": [ { \"id\": 5 ]\n}");

        await browser.Page.GetByLabel("Tuotava tiedosto (JSON)").SetInputFilesAsync(file);
        await browser.Page.Locator("form[action$='handler=Preview'] fluent-button[type=submit]").ClickAsync();

        Assert.Contains("rivi 3", await browser.Page.Locator(".errors").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        File.Delete(file);
    }

    [Fact]
    public async Task ImportPosts_WithoutAntiforgeryToken_AreRefused()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala", administrator: true);
        // The preview reads its upload as it streams in and checks the token itself: a form without one is refused as
        // the other forms are, whatever file it carries.
        var upload = browser.Page.APIRequest.CreateFormData();
        upload.Set("tiedosto", new Microsoft.Playwright.FilePayload
        {
            Name = "verkostot.json",
            MimeType = "application/json",
            Buffer = "{ \"formatVersion\": 1, \"networks\": [] }"u8.ToArray(),
        });
        var confirmation = browser.Page.APIRequest.CreateFormData();
        confirmation.Set("tiedostoavain", "0123456789ABCDEF");

        var preview = await browser.Page.APIRequest.PostAsync("/hallinta/tiedot?handler=Preview", new() { Multipart = upload });
        var apply = await browser.Page.APIRequest.PostAsync("/hallinta/tiedot?handler=Apply", new() { Form = confirmation });

        Assert.Equal(400, preview.Status);
        Assert.Equal(400, apply.Status);
    }

    [Fact]
    public async Task ImportPage_Coordinator_Gets403()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        var page = await browser.Page.APIRequest.GetAsync("/hallinta/tiedot");
        var export = await browser.Page.APIRequest.GetAsync("/hallinta/tiedot?handler=Export");

        Assert.Equal(403, page.Status);
        Assert.Equal(403, export.Status);
    }

    private Task<string?> DescriptionAsync() =>
        Host.QueryAsync(async db => (await db.Networks.AsNoTracking().SingleAsync(n => n.Id == "pienet-kunnat")).Description?.Fi);
}
