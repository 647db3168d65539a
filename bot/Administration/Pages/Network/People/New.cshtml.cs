using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Administration.Editing;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Pages.Network.People;

/// <summary>/hallinta/{network}/henkilot/uusi: a new person, who joins the network's roster.</summary>
public sealed class NewModel(PeopleEditor editor, ICatalogSource catalogs) : NetworkPageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public FieldErrors Errors { get; private set; } = FieldErrors.None;
    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Municipalities = (await catalogs.GetAsync(cancellationToken)).Municipalities;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await editor.AddAsync(Form.ToInput(null), Actor, Network.Id, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/henkilot?ilmoitus=lisatty&haku={Uri.EscapeDataString(result.Value!.Name)}");
        }
        Errors = new FieldErrors(result.Errors, Language, f => PersonForm.Label(f, Language));
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
