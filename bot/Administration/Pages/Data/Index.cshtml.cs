using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostot.Bot.Administration.Access;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Import;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// /hallinta/tiedot, administrators only: export the whole data as the JSON data file, and import one by first
/// previewing what it adds, changes and removes per kind and then applying exactly that plan in one transaction
/// (a file whose plan no longer matches the data is refused as stale). Bad files get their errors with line numbers.
/// </summary>
[AdministratorsOnly]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes, ValueLengthLimit = MaxFileBytes * 2)]
[RequestSizeLimit(MaxFileBytes * 3)]
public sealed class IndexModel(CatalogImport import, CatalogExport export) : PageModel
{
    private const int MaxFileBytes = 10 * 1024 * 1024;

    public AdminUser AdminUser => AdministrationAccessFilter.Current(HttpContext);

    [BindProperty(Name = "tiedosto")]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, carried to the confirmation (base64).</summary>
    [BindProperty(Name = "sisalto")]
    public string? FileContent { get; set; }

    [BindProperty(Name = "tunniste")]
    public string? Fingerprint { get; set; }

    public ImportOutcome? Outcome { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken) =>
        File(await export.ExportAsync(cancellationToken), "application/json; charset=utf-8", "verkostot.json");

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Problem = "file";
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        FileContent = Convert.ToBase64String(buffer.ToArray());
        Outcome = await import.PreviewAsync(buffer.ToArray(), cancellationToken);
        Fingerprint = Outcome.Plan?.Fingerprint;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        byte[] json;
        try
        {
            json = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            Problem = "file";
            return Page();
        }
        var actor = AdminUser.Person is { } person ? ChangeActor.Of(person, ChangeChannel.Web) : new ChangeActor(null, AdminUser.Name, ChangeChannel.Web);
        Outcome = await import.ApplyAsync(json, actor, Fingerprint, cancellationToken);
        return Page();
    }
}
