using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Administration.Editing;
using Verkostot.Core.Administration;

namespace Verkostot.Bot.Administration.Pages.Network.People;

/// <summary>
/// /hallinta/{network}/henkilot/{id}/yhdista?kaksoiskappale=…: what merging the duplicate into the person does
/// (the same merge, rolled back), and the confirmation that does it. Both must be people of the network.
/// </summary>
public sealed class MergeModel(PersonMerger merger, PeopleSearch search) : NetworkPageModel
{
    [BindProperty(SupportsGet = true, Name = "kaksoiskappale")]
    public string? DuplicateId { get; set; }

    public PersonHit Kept { get; private set; } = null!;
    public PersonHit Duplicate { get; private set; } = null!;
    public PersonMerge? Preview { get; private set; }
    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await BothInNetworkAsync(id, cancellationToken)) return NotFound();
        var result = await merger.PreviewAsync(id, DuplicateId!, cancellationToken);
        return Show(result);
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await BothInNetworkAsync(id, cancellationToken)) return NotFound();
        var result = await merger.MergeAsync(id, DuplicateId!, Actor, Network.Id, cancellationToken);
        if (result.Succeeded) return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/henkilot?ilmoitus=yhdistetty");
        return Show(result);
    }

    private IActionResult Show(EditResult<PersonMerge> result)
    {
        if (result.Status == EditStatus.NotFound) return NotFound();
        Preview = result.Value;
        Errors = new FieldErrors(result.Errors, Language, f => PersonForm.Label(f, Language));
        return Page();
    }

    private async Task<bool> BothInNetworkAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(DuplicateId)) return false;
        if (await FindInNetworkAsync(id, cancellationToken) is not { } kept || await FindInNetworkAsync(DuplicateId, cancellationToken) is not { } duplicate) return false;
        (Kept, Duplicate) = (kept, duplicate);
        return true;
    }

    private async Task<PersonHit?> FindInNetworkAsync(string personId, CancellationToken cancellationToken) =>
        await search.FindAsync(personId, cancellationToken) is { } hit && hit.NetworkIds.Contains(Network.Id) ? hit : null;
}
