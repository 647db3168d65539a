namespace Verkostot.Core.Import;

/// <summary>
/// Blocks of bytes read one after another as one read-only stream, seekable so that its length is known (a download
/// states its size): a kept data file is served from its sections as they are, not copied into one array first.
/// </summary>
internal sealed class ConcatenatedReadStream(IReadOnlyList<ReadOnlyMemory<byte>> blocks) : Stream
{
    private readonly long _length = blocks.Sum(b => (long)b.Length);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = 0;
        var start = 0L;
        foreach (var block in blocks)
        {
            if (read == buffer.Length) break;
            var end = start + block.Length;
            if (_position < end)
            {
                var from = (int)(_position - start);
                var count = Math.Min(block.Length - from, buffer.Length - read);
                block.Span.Slice(from, count).CopyTo(buffer[read..]);
                read += count;
                _position += count;
            }
            start = end;
        }
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    /// <summary>Hands the blocks (what is left of them) to <paramref name="destination"/> as they are, without a buffer between.</summary>
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        var start = 0L;
        foreach (var block in blocks)
        {
            var end = start + block.Length;
            if (_position < end)
            {
                var rest = block[(int)(_position - start)..];
                await destination.WriteAsync(rest, cancellationToken);
                _position = end;
            }
            start = end;
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
