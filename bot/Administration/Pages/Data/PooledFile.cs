using System.Buffers;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>
/// An uploaded file's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>, with one holder at a time: the
/// upload while it is read, then the previewed files while the file waits for its confirmation. A 5 MB copy per preview
/// was a large object each time, freed only by full collections (the bench's gen2 collections, 100 ms each under load);
/// the pool's arrays live on and are rented again. Dispose returns the array; the bytes are not to be read after it.
/// </summary>
public sealed class PooledFile : IDisposable
{
    private readonly bool _pooled = true;
    private byte[]? _array;

    /// <param name="minimumLength">Space for the longest file expected, so that reading it needs no bigger array.</param>
    public PooledFile(int minimumLength)
    {
        _array = ArrayPool<byte>.Shared.Rent(minimumLength);
    }

    /// <summary>A file kept from elsewhere (a test's), not the pool's: Dispose leaves it alone.</summary>
    public PooledFile(byte[] bytes)
    {
        _array = bytes;
        Length = bytes.Length;
        _pooled = false;
    }

    public int Length { get; private set; }

    public bool Disposed => _array is null;

    public ReadOnlyMemory<byte> Bytes => (_array ?? throw new ObjectDisposedException(nameof(PooledFile))).AsMemory(0, Length);

    /// <summary>Where the next bytes read go: what is left of the array after <see cref="Length"/>.</summary>
    public Memory<byte> Free => (_array ?? throw new ObjectDisposedException(nameof(PooledFile))).AsMemory(Length);

    /// <summary>Counts <paramref name="count"/> bytes more, just read into <see cref="Free"/>.</summary>
    public void Advance(int count) => Length += count;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array && _pooled) ArrayPool<byte>.Shared.Return(array);
        Length = 0;
    }
}
