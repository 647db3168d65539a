using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Administration.Access;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Import;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// /hallinta/tiedot, administrators only: export the whole data as the JSON data file, and import one by first
/// previewing what it adds, changes and removes per kind and then applying exactly that plan in one transaction
/// (a file whose plan no longer matches the data is refused as stale). Bad files get their errors with line numbers.
/// The previewed file waits on the server (<see cref="PreviewedFiles"/>); the confirmation carries its key.
/// The upload is read from the request body as it comes (<see cref="StreamedUpload"/>), never through the form feature:
/// nothing on this page binds form values to properties, and the antiforgery token is checked here rather than by the
/// automatic check, which reads the whole form. Every POST is checked: the preview's from its upload, the others in
/// <see cref="OnPageHandlerExecutionAsync"/>.
/// </summary>
[AdministratorsOnly]
// Razor Pages add their automatic check (order 1000) to every page; a later order makes this the effective policy.
[IgnoreAntiforgeryToken(Order = 1001)]
[RequestSizeLimit(MaxFileBytes * 3)]
public sealed class IndexModel(CatalogImport import, CatalogExport export, PreviewedFiles previewed, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
    : PageModel
{
    private const int MaxFileBytes = 10 * 1024 * 1024;
    private const string FileField = "tiedosto";
    private const string PreviewHandler = "Preview";

    public AdminUser AdminUser => AdministrationAccessFilter.Current(HttpContext);

    /// <summary>The previewed file's key in <see cref="PreviewedFiles"/>, carried to the confirmation.</summary>
    public string? FileKey { get; private set; }

    public string? Fingerprint { get; private set; }

    public ImportOutcome? Outcome { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken) =>
        File(await export.OpenAsync(cancellationToken), "application/json; charset=utf-8", "verkostot.json");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // The preview checks its token once it has read its upload; every other POST here before its handler runs.
        if (HttpMethods.IsPost(Request.Method) && context.HandlerMethod?.Name != PreviewHandler && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            context.Result = new AntiforgeryValidationFailedResult();
            return;
        }
        await base.OnPageHandlerExecutionAsync(context, next);
    }

    // No parameters, not even a cancellation token: binding any would make MVC's form value provider read the whole
    // form first (and buffer the upload to a temporary file) before this handler streams it.
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        // The file is megabytes: read into a pooled array rather than a new one per upload (each a large object for the
        // garbage collector), handed over to the previewed files when it is kept to be confirmed.
        StreamedUpload? upload;
        try
        {
            upload = await StreamedUpload.ReadAsync(Request, FileField, MaxFileBytes, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return BadRequest();
        }
        using (upload)
        {
            if (!await TokenValidAsync(upload)) return new AntiforgeryValidationFailedResult();
            if (upload is not { Length: > 0 })
            {
                Problem = "file";
                return Page();
            }
            var loaded = await import.LoadAsync(upload.File, cancellationToken);
            Outcome = await import.PreviewAsync(loaded, cancellationToken);
            if (Outcome.Plan is { IsEmpty: false } plan)
            {
                FileKey = previewed.Keep(Owner, upload.TakeFile(), loaded);
                Fingerprint = plan.Fingerprint;
            }
        }
        return Page();
    }

    /// <summary>
    /// The antiforgery check of a streamed form: the token from the form's field is handed to the check as the
    /// request header it also accepts, so that it does not read the form (the body is already read).
    /// </summary>
    private async Task<bool> TokenValidAsync(StreamedUpload? upload)
    {
        // Not multipart: the usual check, whose form is small.
        if (upload is null) return await antiforgery.IsRequestValidAsync(HttpContext);
        var options = antiforgeryOptions.Value;
        var header = options.HeaderName ?? throw new InvalidOperationException("the antiforgery header name is needed for streamed uploads");
        if (!Request.Headers.ContainsKey(header))
        {
            if (upload.Field(options.FormFieldName) is not { } token) return false;
            Request.Headers[header] = token;
        }
        return await antiforgery.IsRequestValidAsync(HttpContext);
    }

    private string Owner => AdminUser.Person?.Id ?? AdminUser.Name;

    public async Task<IActionResult> OnPostApplyAsync([FromForm(Name = "tiedostoavain")] string? fileKey, [FromForm(Name = "tunniste")] string? fingerprint, CancellationToken cancellationToken)
    {
        FileKey = fileKey;
        Fingerprint = fingerprint;
        // Taken out while it is applied: a second confirmation of the same file meanwhile finds nothing.
        if (previewed.Take(FileKey, Owner) is not { } file)
        {
            Problem = "expired";
            return Page();
        }
        var done = false;
        try
        {
            var actor = AdminUser.Person is { } person ? ChangeActor.Of(person, ChangeChannel.Import) : new ChangeActor(null, AdminUser.Name, ChangeChannel.Import);
            Outcome = await import.ApplyAsync(file.File.Bytes, file.Loaded, actor, Fingerprint, cancellationToken);
            // Refused as stale, the new plan is shown to confirm again, with the same file.
            if (Outcome.Status == ImportStatus.Stale) Fingerprint = Outcome.Plan?.Fingerprint;
            else done = true;
        }
        finally
        {
            // Applied, or refused for its errors, the file is done with; otherwise (stale, or the database failed) it waits again.
            if (done) file.File.Dispose();
            else previewed.Return(FileKey!, file);
        }
        return Page();
    }
}
