using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// A multipart/form-data upload of one file, read straight from the request body into a pooled array. The form
/// feature (model binding, the automatic antiforgery check) would first copy a file of more than 64 kB to a temporary
/// file and then read it back: for the 5 MB data file, a fifth of the import preview's CPU time in the bench profile.
/// The form's other fields (the antiforgery token) are kept as text. Dispose returns the array, unless the file was
/// handed over (<see cref="TakeFile"/>).
/// </summary>
public sealed class StreamedUpload : IDisposable
{
    // Text fields of this form are a token or a key: anything longer is not ours.
    private const int MaxFieldChars = 4096;

    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private PooledFile? _file;

    private StreamedUpload()
    {
    }

    /// <summary>The file's bytes; empty when the form held no file under the name asked for (or an empty one).</summary>
    public ReadOnlyMemory<byte> File => _file?.Bytes ?? ReadOnlyMemory<byte>.Empty;

    public int Length => _file?.Length ?? 0;

    /// <summary>Hands the file over, to be kept beyond this upload: disposing the upload no longer returns its array.</summary>
    public PooledFile TakeFile() => Interlocked.Exchange(ref _file, null) ?? throw new InvalidOperationException("the upload holds no file (any more)");

    public string? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>
    /// Reads <paramref name="request"/>'s multipart body: the file field <paramref name="fileField"/> (at most
    /// <paramref name="maxFileBytes"/>) and the text fields. Null when the request is not multipart/form-data; throws
    /// <see cref="InvalidDataException"/> for a malformed body or a file over the limit.
    /// </summary>
    public static async Task<StreamedUpload?> ReadAsync(HttpRequest request, string fileField, int maxFileBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }
        var upload = new StreamedUpload();
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxFileBytes + MaxFieldChars };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (name == fileField && upload._file is null) await upload.ReadFileAsync(section.Body, request.ContentLength, maxFileBytes, cancellationToken);
                    else await section.Body.DrainAsync(cancellationToken);
                }
                else
                {
                    using var text = new StreamReader(section.Body, leaveOpen: true);
                    var buffer = new char[MaxFieldChars + 1];
                    var read = await text.ReadBlockAsync(buffer, cancellationToken);
                    if (read > MaxFieldChars) throw new InvalidDataException($"form field '{name}' is too long");
                    upload._fields.TryAdd(name, new string(buffer, 0, read));
                }
            }
            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    private async Task ReadFileAsync(Stream body, long? requestLength, int maxFileBytes, CancellationToken cancellationToken)
    {
        // The file is no longer than the request: an array of that size (or of the limit, and one byte to tell it was
        // passed) holds it without growing.
        var size = (int)Math.Min(requestLength ?? maxFileBytes, maxFileBytes) + 1;
        var file = _file = new PooledFile(size);
        while (true)
        {
            var free = file.Free;
            var read = await body.ReadAsync(free[..Math.Min(free.Length, size - file.Length)], cancellationToken);
            if (read == 0) return;
            file.Advance(read);
            if (file.Length > maxFileBytes) throw new InvalidDataException($"the file is over {maxFileBytes} bytes");
            if (file.Length == size) throw new InvalidDataException("the file is longer than the request");
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _file, null)?.Dispose();
    }
}
