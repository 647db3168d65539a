using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Pages.Network.Bodies;

/// <summary>
/// /hallinta/{network}/toimielimet/{body}/kausi/{termId}/poista: a term entered by mistake, shown with what goes with
/// it, and removed on confirmation. Bodies of other networks are not found here.
/// </summary>
public sealed class RemoveTermModel(BodyTermsEditor editor, ICatalogSource catalogs) : NetworkPageModel
{
    public Body Body { get; private set; } = null!;
    public Term Term { get; private set; } = null!;
    public int Roles { get; private set; }

    public async Task<IActionResult> OnGetAsync(string body, int termId, CancellationToken cancellationToken) =>
        await LoadAsync(body, termId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string body, int termId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(body, termId, cancellationToken)) return NotFound();
        var result = await editor.RemoveTermAsync(Term.Id, Actor, cancellationToken);
        return result.Succeeded
            ? Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/toimielimet?ilmoitus=poistettu")
            : NotFound();
    }

    private async Task<bool> LoadAsync(string bodyId, int termId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (!catalog.BodiesById.TryGetValue(bodyId, out var body) || body.NetworkId != Network.Id) return false;
        if (body.Terms.FirstOrDefault(t => t.Id == termId) is not { } term) return false;
        (Body, Term) = (body, term);
        Roles = catalog.RolesIn(Network.Id).Count(r => r.BodyId == body.Id && r.From == term.Start && r.Until == term.End);
        return true;
    }
}
