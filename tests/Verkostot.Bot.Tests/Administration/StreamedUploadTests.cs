using System.Text;
using Microsoft.AspNetCore.Http;
using Verkostot.Bot.Administration.Pages.Data;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>The data file's upload, read from the request body into a pooled array and handed over when kept.</summary>
public sealed class StreamedUploadTests
{
    [Fact]
    public async Task TakeFile_ThenTheUploadDisposed_TheFileStaysTheHolders()
    {
        var upload = await ReadAsync("{\"formatVersion\": 1}");

        var file = upload!.TakeFile();
        upload.Dispose();

        Assert.Equal("{\"formatVersion\": 1}", Encoding.UTF8.GetString(file.Bytes.Span));
        Assert.Equal(0, upload.Length);
        file.Dispose();
        Assert.True(file.Disposed);
    }

    [Fact]
    public async Task TakeFile_Twice_Throws()
    {
        using var upload = await ReadAsync("{}");
        using var file = upload!.TakeFile();

        Assert.Throws<InvalidOperationException>(() => upload.TakeFile());
    }

    private static async Task<StreamedUpload?> ReadAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(
            "--raja\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\ntoken\r\n"
            + "--raja\r\nContent-Disposition: form-data; name=\"tiedosto\"; filename=\"verkostot.json\"\r\nContent-Type: application/json\r\n\r\n"
            + json + "\r\n--raja--\r\n");
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=raja";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        return await StreamedUpload.ReadAsync(context.Request, "tiedosto", 1024, CancellationToken.None);
    }
}
