using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// The editing pages (network facts, people, bodies and terms) check the user's rights for the network on every
/// request: a coordinator of another network gets 403 and sees nothing, and a form opened while one was the
/// network's coordinator is refused once one no longer is.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditingAccessTests(Chromium chromium) : IAsyncLifetime
{
    private WebAppHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = WebAppHost.Start();
        await _host.ChangeDataAsync(db =>
        {
            db.People.Add(new Person { Id = "marjut-ahokas-2", Name = "Marjut Ahokas", Email = "marjut.ahokas@ilomantsi.fi" });
            db.NetworkMemberships.Add(new NetworkMembership { PersonId = "marjut-ahokas-2", NetworkId = "pienet-kunnat", JoinedOn = new DateOnly(2026, 1, 1) });
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "minna-karhunen", NetworkId = "suuret-kaupungit", Role = Role.Coordinator });
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/hallinta/pienet-kunnat")]
    [InlineData("/hallinta/pienet-kunnat/henkilot")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/uusi")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/marjut-ahokas")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/marjut-ahokas/yhdista?kaksoiskappale=marjut-ahokas-2")]
    [InlineData("/hallinta/pienet-kunnat/toimielimet")]
    [InlineData("/hallinta/pienet-kunnat/toimielimet/pienet-kunnat-puheenjohtajisto/uusi-kausi")]
    [InlineData("/hallinta/pienet-kunnat/toimielimet/pienet-kunnat-puheenjohtajisto/kausi/1/poista")]
    public async Task EditingPage_CoordinatorOfAnotherNetwork_Gets403AndSeesNothing(string path)
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Minna Karhunen");

        var response = await browser.Page.APIRequest.GetAsync(path);

        Assert.Equal(403, response.Status);
        Assert.DoesNotContain("Marjut", await response.TextAsync());
        Assert.DoesNotContain("Pienten kuntien", await response.TextAsync());
    }

    [Theory]
    [InlineData("/hallinta/pienet-kunnat", "#f-name-fi", "Muutettu nimi")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/uusi", "#f-name", "Aino Äijälä")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/marjut-ahokas", "#f-email", "marjut@esimerkki.fi")]
    [InlineData("/hallinta/pienet-kunnat/henkilot/marjut-ahokas/yhdista?kaksoiskappale=marjut-ahokas-2", null, null)]
    [InlineData("/hallinta/pienet-kunnat/toimielimet/pienet-kunnat-puheenjohtajisto/uusi-kausi", null, null)]
    public async Task EditingForm_CoordinatorRoleEndsWhileTheFormIsOpen_SaveGets403AndNothingChanges(string path, string? field, string? value)
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync(path);
        if (field is not null) await browser.Page.Locator(field).FillAsync(value!);
        var before = await CountsAsync();

        await _host.ChangeDataAsync(async db =>
            db.RoleAssignments.Remove(await db.RoleAssignments.SingleAsync(r => r.PersonId == "iira-ainiala" && r.NetworkId == "pienet-kunnat" && r.Role == Role.Coordinator)));
        var response = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.Locator("main form[method=post] fluent-button[type=submit]").First.ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(403, response.Status);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal("Pienten kuntien verkosto", (await _host.QueryAsync(db => db.Networks.AsNoTracking().SingleAsync(n => n.Id == "pienet-kunnat"))).Name.Fi);
        Assert.NotEqual("marjut@esimerkki.fi", await _host.QueryAsync(db => db.People.Where(p => p.Id == "marjut-ahokas").Select(p => p.Email).SingleAsync()));
    }

    /// <summary>What an accepted save would change: the change log, the people and the terms.</summary>
    private Task<(int Changes, int People, int Terms)> CountsAsync() => _host.QueryAsync(async db =>
        (await db.Set<ChangeLogEntry>().CountAsync(), await db.People.CountAsync(), await db.Terms.CountAsync()));
}
