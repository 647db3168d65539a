using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Administration.Editing;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Pages.Network.People;

/// <summary>
/// /hallinta/{network}/henkilot/{id}: one of the network's people, edited; and the start of merging a duplicate into
/// them. People outside the network are not found here, whoever asks.
/// </summary>
public sealed class EditModel(PeopleEditor editor, PeopleSearch search, ICatalogSource catalogs) : NetworkPageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public PersonHit Hit { get; private set; } = null!;
    public FieldErrors Errors { get; private set; } = FieldErrors.None;
    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];
    /// <summary>The network's other people, those with the same name first: the candidates for a duplicate.</summary>
    public IReadOnlyList<PersonHit> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = PersonForm.From(Hit.Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var result = await editor.EditAsync(id, Form.ToInput(Hit.Person), Actor, Network.Id, cancellationToken);
        if (result.Status == EditStatus.NotFound) return NotFound();
        if (result.Succeeded) return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/henkilot?ilmoitus=tallennettu");
        Errors = new FieldErrors(result.Errors, Language, f => PersonForm.Label(f, Language));
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await search.FindAsync(id, cancellationToken) is not { } hit || !hit.NetworkIds.Contains(Network.Id)) return false;
        Hit = hit;
        Municipalities = (await catalogs.GetAsync(cancellationToken)).Municipalities;
        var others = await search.SearchAsync(null, Network.Id, PeopleSearch.MaxResults, cancellationToken);
        Others = [.. others.Where(o => o.Person.Id != id).OrderBy(o => o.Person.Name == hit.Person.Name ? 0 : 1)];
        return true;
    }
}
