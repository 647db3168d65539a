using System.Security.Cryptography;
using Verkostot.Core.Import;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// The data files administrators have previewed, kept in this instance's memory until they confirm (at most
/// <see cref="MaxAge"/>, <see cref="MaxBytes"/> in all, the oldest dropped first), so that the confirmation posts a key
/// rather than megabytes of file again. With each file waits what its preview loaded from it, so that applying does
/// not read the file again. A confirmation that finds nothing (another instance, a restart, too late) asks for the
/// file again: nothing was changed yet. The files are pooled arrays (<see cref="PooledFile"/>): one dropped here goes
/// back to the pool, so a file being applied is first taken out (<see cref="Take"/>), and nothing here drops it then.
/// </summary>
public sealed class PreviewedFiles(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(30);
    public const long MaxBytes = 64 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PreviewedFile> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps <paramref name="file"/> (its holder from now on) for <paramref name="owner"/>, with <paramref name="loaded"/>,
    /// what loading it gave; returns the key to confirm it with.
    /// </summary>
    public string Keep(string owner, PooledFile file, DataLoadResult? loaded = null)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Put(key, new PreviewedFile(owner, file, time.GetUtcNow(), loaded));
        return key;
    }

    /// <summary>
    /// Takes out the file <paramref name="owner"/> previewed under <paramref name="key"/>, null when it is not (or no
    /// longer) here. The caller holds it from now on: it either disposes it or puts it back (<see cref="Return"/>).
    /// </summary>
    public PreviewedFile? Take(string? key, string owner)
    {
        lock (_gate)
        {
            if (key is null || !_files.TryGetValue(key, out var file) || file.Owner != owner) return null;
            _files.Remove(key);
            if (Live(file)) return file;
            file.File.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Puts a file taken out back under its key, to be confirmed again (after a refusal), without what its preview loaded:
    /// applying changes what was loaded, so the next confirmation loads the file again. Its age is counted from its preview.
    /// </summary>
    public void Return(string key, PreviewedFile file) => Put(key, file with { Loaded = null });

    private void Put(string key, PreviewedFile file)
    {
        lock (_gate)
        {
            _files[key] = file;
            foreach (var old in _files.Where(f => !Live(f.Value)).Select(f => f.Key).ToList()) Drop(old);
            while (_files.Values.Sum(f => f.Bytes) > MaxBytes && _files.Count > 1)
            {
                Drop(_files.Where(f => f.Key != key).MinBy(f => f.Value.KeptAt).Key);
            }
        }
    }

    private void Drop(string key)
    {
        if (_files.Remove(key, out var file)) file.File.Dispose();
    }

    private bool Live(PreviewedFile file) => time.GetUtcNow() - file.KeptAt <= MaxAge;
}
