using System.Security.Cryptography;
using Verkostot.Core.Import;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// The data files administrators have previewed, kept in this instance's memory until they confirm (at most
/// <see cref="MaxAge"/>, <see cref="MaxBytes"/> in all, the oldest dropped first), so that the confirmation posts a key
/// rather than megabytes of file again. With each file waits what its preview loaded from it, so that applying does
/// not read the file again. A confirmation that finds nothing (another instance, a restart, too late) asks for the
/// file again: nothing was changed yet.
/// </summary>
public sealed class PreviewedFiles(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(30);
    public const long MaxBytes = 64 * 1024 * 1024;

    // What a loaded file holds in memory, per byte of the file: its entities and their strings take about twice its size.
    private const int LoadedBytesPerFileByte = 2;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps <paramref name="file"/> for <paramref name="owner"/>, with <paramref name="loaded"/>, what loading it gave;
    /// returns the key to confirm it with.
    /// </summary>
    public string Keep(string owner, byte[] file, DataLoadResult? loaded = null)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            _files[key] = new Entry(owner, file, time.GetUtcNow()) { Loaded = loaded };
            var now = time.GetUtcNow();
            foreach (var old in _files.Where(f => now - f.Value.KeptAt > MaxAge).Select(f => f.Key).ToList()) _files.Remove(old);
            while (_files.Values.Sum(f => f.Bytes) > MaxBytes && _files.Count > 1)
            {
                _files.Remove(_files.Where(f => f.Key != key).MinBy(f => f.Value.KeptAt).Key);
            }
        }
        return key;
    }

    /// <summary>The file <paramref name="owner"/> previewed under <paramref name="key"/>, or null when it is not (or no longer) here.</summary>
    public byte[]? Find(string? key, string owner)
    {
        lock (_gate)
        {
            return Live(key, owner)?.File;
        }
    }

    /// <summary>
    /// What the preview of <paramref name="key"/>'s file loaded from it, handed over once: applying changes what was
    /// loaded, so a second confirmation (after a refusal, say) loads the file again.
    /// </summary>
    public DataLoadResult? TakeLoaded(string? key, string owner)
    {
        lock (_gate)
        {
            if (Live(key, owner) is not { } entry) return null;
            var loaded = entry.Loaded;
            entry.Loaded = null;
            return loaded;
        }
    }

    public void Forget(string key)
    {
        lock (_gate) _files.Remove(key);
    }

    private Entry? Live(string? key, string owner) =>
        key is not null && _files.TryGetValue(key, out var entry) && entry.Owner == owner && time.GetUtcNow() - entry.KeptAt <= MaxAge ? entry : null;

    private sealed record Entry(string Owner, byte[] File, DateTimeOffset KeptAt)
    {
        public DataLoadResult? Loaded { get; set; }

        public long Bytes => File.Length * (Loaded is null ? 1L : 1L + LoadedBytesPerFileByte);
    }
}
