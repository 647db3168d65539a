using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Administration.Editing;
using Verkostot.Core.Administration;

namespace Verkostot.Bot.Administration.Pages.Network;

/// <summary>/hallinta/{network}: the network's facts, edited in place; errors are shown beside their fields in the user's language.</summary>
public sealed class IndexModel(NetworkFactsEditor editor) : NetworkPageModel
{
    [BindProperty]
    public NetworkFactsForm Form { get; set; } = new();

    [FromQuery(Name = "ilmoitus")]
    public string? Notice { get; set; }

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public void OnGet() => Form = NetworkFactsForm.From(Network);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (facts, formErrors) = Form.ToFacts(Network);
        var result = formErrors.Count > 0
            ? EditResult<Core.Domain.Network>.Invalid(formErrors)
            : await editor.SaveAsync(Network.Id, facts, Actor, cancellationToken);
        if (result.Status == EditStatus.NotFound) return NotFound();
        if (result.Succeeded) return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}?ilmoitus=tallennettu");
        Errors = new FieldErrors(result.Errors, Language, f => NetworkFactsForm.Label(f, Language));
        return Page();
    }
}
