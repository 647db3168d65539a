using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// A Team member the roster sync could not match to the data is linked, on the Roster page, to the person they are,
/// or kept as a new person; the change log says who did it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RosterLinkTests(Chromium chromium) : IAsyncLifetime
{
    private WebAppHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = WebAppHost.Start();
        // As roster sync adds a group member it cannot match: a person of their own, with the Teams account only.
        await _host.ChangeDataAsync(db =>
        {
            db.People.Add(new Person { Id = "m-ahokas", Name = "M. Ahokas", Email = "marjut.ahokas@ilomantsi.fi", EntraObjectId = "5f0c2b1e-aaaa-4bbb-8ccc-000000000101" });
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = "pienet-kunnat", PersonId = "m-ahokas", InGroup = true, JoinedOn = new DateOnly(2026, 11, 1) });
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RosterPage_LinkUnmatchedMember_MovesTheAccountToThePersonAndLogsIt()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/jasenlista");
        var member = browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" });

        await member.Locator("summary").ClickAsync();
        await member.GetByLabel("Sama henkilö kuin").SelectOptionAsync("marjut-ahokas");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("jasenlista-yhdista");
        await member.Locator("form[action*='handler=Link'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("tulos=Linked", StringComparison.Ordinal));

        Assert.Contains("Henkilöt yhdistettiin.", await browser.Page.Locator(".notice").InnerTextAsync());
        Assert.Equal(0, await browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" }).CountAsync());
        var marjut = await _host.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == "marjut-ahokas"));
        Assert.Equal("5f0c2b1e-aaaa-4bbb-8ccc-000000000101", marjut.EntraObjectId);
        Assert.Equal("ilomantsi", marjut.MunicipalityId);
        Assert.False(await _host.QueryAsync(db => db.People.AnyAsync(p => p.Id == "m-ahokas")));
        Assert.True(await _host.QueryAsync(db => db.NetworkMemberships.AnyAsync(m => m.PersonId == "marjut-ahokas" && m.NetworkId == "pienet-kunnat" && m.InGroup)));
        var entry = await _host.QueryAsync(db => db.Set<ChangeLogEntry>().AsNoTracking().SingleAsync(e => e.EntityId == "marjut-ahokas" && e.Action == ChangeAction.Merged));
        Assert.Equal(("Iira Ainiala", ChangeChannel.Web, "pienet-kunnat"), (entry.ActorName, entry.Channel, entry.NetworkId));
        Assert.Contains("m-ahokas", entry.Summary);
        await browser.GotoAsync("/hallinta/pienet-kunnat/muutokset");
        Assert.Contains("Iira Ainiala", await browser.Page.Locator("tbody tr", new() { HasText = "yhdistetty" }).First.InnerTextAsync());
    }

    [Fact]
    public async Task RosterPage_KeepUnmatchedMemberAsNew_GivesThemTheMunicipality()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/jasenlista");
        var member = browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" });

        await member.Locator("summary").ClickAsync();
        await member.Locator("form[action*='handler=Keep'] fluent-button[type=submit]").ClickAsync();
        Assert.Contains("Valitse kunta tai kirjoita organisaatio.", await browser.Page.Locator(".errors").InnerTextAsync());

        member = browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" });
        await member.Locator("summary").ClickAsync();
        await member.GetByLabel("Kunta").SelectOptionAsync("ilomantsi");
        await member.Locator("form[action*='handler=Keep'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("tulos=KeptAsNew", StringComparison.Ordinal));

        Assert.Equal(0, await browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" }).CountAsync());
        Assert.Equal("ilomantsi", await _host.QueryAsync(db => db.People.Where(p => p.Id == "m-ahokas").Select(p => p.MunicipalityId).SingleAsync()));
    }

    [Fact]
    public async Task RosterPage_LinkToAPersonWithAnotherTeamsAccount_IsRefusedAndChangesNothing()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/jasenlista");
        var member = browser.Page.Locator("#yhdistamattomat li", new() { HasText = "M. Ahokas" });

        await member.Locator("summary").ClickAsync();
        await member.GetByLabel("Sama henkilö kuin").SelectOptionAsync("juha-herrala");
        await member.Locator("form[action*='handler=Link'] fluent-button[type=submit]").ClickAsync();

        Assert.Contains("eri Teams-tilit", await browser.Page.Locator(".errors").InnerTextAsync());
        Assert.True(await _host.QueryAsync(db => db.People.AnyAsync(p => p.Id == "m-ahokas")));
        Assert.Equal("00000000-0000-0000-0000-0000000000021", await _host.QueryAsync(db => db.People.Where(p => p.Id == "juha-herrala").Select(p => p.EntraObjectId).SingleAsync()));
    }
}
