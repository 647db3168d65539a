namespace Verkostot.Bot.Import;

/// <summary>Writes an export for the command line: whole or not at all, a failure told in one line.</summary>
public static class ExportFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; false (reason written) when it cannot.</summary>
    public static async Task<bool> TryWriteAsync(string path, byte[] content, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            // Written beside the target and moved over it, so a failed write never leaves half a file.
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, content, cancellationToken);
            File.Move(partial, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not write {path}: {e.Message}");
            return false;
        }
    }
}
