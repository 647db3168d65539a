using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// /hallinta/{network}/kysymykset: the network's questions the bot found no answer to (and those naming no network),
/// the most asked first, marked "answered by a data change" or "out of scope" by those who edit the network only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnansweredQuestionsPageTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task QuestionsPage_Coordinator_SeesTheNetworksAndNetworklessQuestionsMostAskedFirst()
    {
        await KeepAsync("mikä on pienten kuntien budjetti", "pienet-kunnat", times: 3);
        await KeepAsync("kuka voitti jalkapallon MM-kisat", null);
        await KeepAsync("kuka siivoaa kaupungintalon", "suuret-kaupungit");
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync("/hallinta/pienet-kunnat");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Kysymykset", Exact = true }).ClickAsync();

        var rows = await browser.Page.Locator("#kysymykset tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("mikä on pienten kuntien budjetti", rows[0]);
        Assert.Equal("3", await browser.Page.Locator("#kysymykset tbody tr").First.Locator("td").Nth(2).InnerTextAsync());
        Assert.Contains("verkostoa ei mainittu", rows[1]);
        Assert.DoesNotContain(rows, r => r.Contains("kaupungintalon", StringComparison.Ordinal));
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("kysymykset");
    }

    [Theory]
    [InlineData("Vastattu tietoja muuttamalla", UnansweredStatus.AnsweredByDataChange)]
    [InlineData("Ei kuulu botille", UnansweredStatus.OutOfScope)]
    public async Task MarkButton_Coordinator_MarksEveryAskingAndShowsTheMark(string button, UnansweredStatus expected)
    {
        await KeepAsync("mikä on pienten kuntien budjetti", "pienet-kunnat", times: 2);
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/kysymykset");

        await browser.Page.Locator("#kysymykset tbody tr").First.Locator("fluent-button", new() { HasText = button }).ClickAsync();
        await browser.Page.WaitForURLAsync("**/kysymykset?ilmoitus=merkitty");

        Assert.Equal("Kysymys on merkitty.", await browser.Page.Locator("[role=status]").InnerTextAsync());
        Assert.Contains(button, await browser.Page.Locator("#kysymykset tbody tr").First.InnerTextAsync());
        Assert.All(await StatusesAsync(), s => Assert.Equal(expected, s));
        await browser.AssertAccessibleAsync();
    }

    [Fact]
    public async Task MarkButton_AnotherNetworksQuestionIdPosted_Is404AndChangesNothing()
    {
        var theirs = await KeepAsync("mikä on pienten kuntien budjetti", "pienet-kunnat");
        await KeepAsync("kuka voitti jalkapallon MM-kisat", null);
        await Host.ChangeDataAsync(db =>
        {
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "minna-karhunen", NetworkId = "suuret-kaupungit", Role = Role.Coordinator });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Minna Karhunen");
        await browser.GotoAsync("/hallinta/suuret-kaupungit/kysymykset");

        // A tampered form: the network-less question's form, with the other network's question's id.
        await browser.Page.Locator("form[action$='handler=Answered'] input[name=id]").First.EvaluateAsync($"e => e.value = '{theirs}'");
        var response = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.Locator("form[action$='handler=Answered'] fluent-button").First.ClickAsync(),
            r => r.Request.Method == "POST");
        var page = await browser.Page.APIRequest.GetAsync("/hallinta/pienet-kunnat/kysymykset");

        Assert.Equal(404, response.Status);
        Assert.Equal(403, page.Status);
        Assert.All(await StatusesAsync(), s => Assert.Equal(UnansweredStatus.Open, s));
    }

    /// <summary>Keeps a question as the bot does when it finds no answer; returns the latest asking's id.</summary>
    private async Task<long> KeepAsync(string text, string? networkId, int times = 1)
    {
        var rows = Enumerable.Range(0, times).Select(i => new UnansweredQuestion
        {
            Text = text,
            Language = Language.Finnish,
            NetworkId = networkId,
            AskedAt = DateTimeOffset.UtcNow.AddHours(-times + i),
        }).ToList();
        await Host.ChangeDataAsync(db =>
        {
            db.AddRange(rows);
            return Task.CompletedTask;
        });
        return rows[^1].Id;
    }

    private Task<List<UnansweredStatus>> StatusesAsync() =>
        Host.QueryAsync(db => db.Set<UnansweredQuestion>().Where(q => q.NetworkId == "pienet-kunnat").Select(q => q.Status).ToListAsync());
}
