using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Administration.Localization;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answering;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Administration.Pages.SignIn;

/// <summary>
/// /hallinta/kirjaudu/kehittaja, Development only (elsewhere the page has no route, and the handler refuses too):
/// choose a demo person, optionally as an administrator, and browse the app as them.
/// </summary>
public sealed class DeveloperModel(ICatalogSource catalogs, IHostEnvironment environment, IOptions<AdministrationOptions> options, TimeProvider time) : PageModel
{
    private const int MaxPeople = 200;

    [BindProperty(SupportsGet = true, Name = "paluu")]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "henkilo")]
    public string? PersonId { get; set; }

    [BindProperty(Name = "yllapitaja")]
    public bool AsAdministrator { get; set; }

    public IReadOnlyList<(Person Person, string Roles)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var language = RequestLanguage.Of(HttpContext);
        People = [.. catalog.People
            .Where(p => p.EntraObjectId is not null || catalog.RolesByPerson.ContainsKey(p.Id))
            .OrderBy(p => catalog.NetworksCoordinatedByPerson(p.Id, HelsinkiTime.Today(time)).Count == 0)
            .ThenBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true))
            .Take(MaxPeople)
            .Select(p => (p, string.Join(", ", (catalog.RolesByPerson.GetValueOrDefault(p.Id) ?? [])
                .Select(r => $"{RoleNames.Label(r.Role, language)}, {catalog.NetworksById.GetValueOrDefault(r.NetworkId)?.Name.In(language)}").Distinct())))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (PersonId is null || !catalog.PeopleById.TryGetValue(PersonId, out var person))
        {
            return await OnGetAsync(cancellationToken);
        }
        var session = SessionPrincipal.ForDemoPerson(person.Id, person.Name, person.EntraObjectId, AsAdministrator ? options.Value.AdministratorRole : null);
        await HttpContext.SignInAsync(AdministrationSchemes.Cookie, session);
        return Redirect(SignInEndpoints.LocalPath(ReturnUrl));
    }
}
