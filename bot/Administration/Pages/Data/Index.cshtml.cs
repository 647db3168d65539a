using System.Buffers;
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
/// The previewed file waits on the server (<see cref="PreviewedFiles"/>); the confirmation carries its key.
/// </summary>
[AdministratorsOnly]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes, ValueLengthLimit = MaxFileBytes * 2)]
[RequestSizeLimit(MaxFileBytes * 3)]
public sealed class IndexModel(CatalogImport import, CatalogExport export, PreviewedFiles previewed) : PageModel
{
    private const int MaxFileBytes = 10 * 1024 * 1024;

    public AdminUser AdminUser => AdministrationAccessFilter.Current(HttpContext);

    [BindProperty(Name = "tiedosto")]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file's key in <see cref="PreviewedFiles"/>, carried to the confirmation.</summary>
    [BindProperty(Name = "tiedostoavain")]
    public string? FileKey { get; set; }

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
        // The file is megabytes: read into a pooled array rather than a new one per upload (each a large object for the
        // garbage collector), and copied only when it is kept to be confirmed.
        var length = (int)Upload.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using (var stream = Upload.OpenReadStream())
            {
                await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken);
            }
            var loaded = DataFileLoader.Load(buffer.AsSpan(0, length));
            Outcome = await import.PreviewAsync(loaded, cancellationToken);
            if (Outcome.Plan is { IsEmpty: false } plan)
            {
                FileKey = previewed.Keep(Owner, buffer.AsSpan(0, length).ToArray(), loaded);
                Fingerprint = plan.Fingerprint;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Page();
    }

    private string Owner => AdminUser.Person?.Id ?? AdminUser.Name;

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (previewed.Find(FileKey, Owner) is not { } file)
        {
            Problem = "expired";
            return Page();
        }
        var actor = AdminUser.Person is { } person ? ChangeActor.Of(person, ChangeChannel.Web) : new ChangeActor(null, AdminUser.Name, ChangeChannel.Web);
        Outcome = await import.ApplyAsync(file, previewed.TakeLoaded(FileKey, Owner), actor, Fingerprint, cancellationToken);
        // Refused as stale, the new plan is shown to confirm again, with the same file.
        if (Outcome.Status == ImportStatus.Stale) Fingerprint = Outcome.Plan?.Fingerprint;
        else previewed.Forget(FileKey!);
        return Page();
    }
}
