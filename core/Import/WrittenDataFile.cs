using System.Text;
using System.Text.Json;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>
/// A data file written from catalog content one section (top-level property) at a time: the same bytes as serializing
/// it whole. Content that shares lists with the previous file's takes those lists' sections over as they were written:
/// the catalog hands on a list it did not change as the same object and never changes its entities, so after an edit of
/// a meeting only the meetings are serialized again, not 10 000 people. The sections stay apart (a file is read as
/// them, one after another), so that a section taken over is not copied either.
/// </summary>
public sealed class WrittenDataFile
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(DataFileWriter.TypeInfo.Options.NewLine);
    private static readonly ReadOnlyMemory<byte> Start = "{"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> Between = ","u8.ToArray();

    // The object's end on its own line, and a newline ending the file.
    private static readonly ReadOnlyMemory<byte> End = (byte[])[.. NewLine, (byte)'}', (byte)'\n'];

    private readonly Part[] _parts;
    private readonly ReadOnlyMemory<byte>[] _blocks;

    private WrittenDataFile(Part[] parts)
    {
        _parts = parts;
        var blocks = new List<ReadOnlyMemory<byte>>(2 * parts.Length + 1) { Start };
        foreach (var part in parts)
        {
            if (blocks.Count > 1) blocks.Add(Between);
            blocks.Add(part.Bytes);
        }
        blocks.Add(End);
        _blocks = [.. blocks];
    }

    /// <summary>The file to read, without a copy of it.</summary>
    public Stream Open() => new ConcatenatedReadStream(_blocks);

    public byte[] ToArray()
    {
        var bytes = new byte[_blocks.Sum(b => b.Length)];
        var at = 0;
        foreach (var block in _blocks)
        {
            block.Span.CopyTo(bytes.AsSpan(at));
            at += block.Length;
        }
        return bytes;
    }

    /// <summary>True when <paramref name="content"/> is made of the very lists this file was written from.</summary>
    public bool IsOf(CatalogContent content)
    {
        var sections = DataFileWriter.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (!_parts[i].IsFrom(sections[i].Inputs(content))) return false;
        }
        return true;
    }

    /// <summary>Writes <paramref name="content"/>, taking over the sections of <paramref name="previous"/> whose lists it shares.</summary>
    public static WrittenDataFile Write(CatalogContent content, WrittenDataFile? previous = null)
    {
        var sections = DataFileWriter.Sections;
        var parts = new Part[sections.Count];
        for (var i = 0; i < sections.Count; i++)
        {
            var inputs = sections[i].Inputs(content);
            var bytes = previous is not null && previous._parts[i].IsFrom(inputs)
                ? previous._parts[i].Bytes
                : Property(JsonSerializer.SerializeToUtf8Bytes(sections[i].Build(content), DataFileWriter.TypeInfo));
            parts[i] = new Part(Array.ConvertAll(inputs, input => new WeakReference<object>(input)), bytes);
        }
        return new WrittenDataFile(parts);
    }

    /// <summary>A file of one property, "{", the property indented on its own line, "}", as the property alone.</summary>
    private static ReadOnlyMemory<byte> Property(byte[] file)
    {
        var end = file.Length - NewLine.Length - 1;
        if (file[0] != '{' || file[^1] != '}' || !file.AsSpan(end, NewLine.Length).SequenceEqual(NewLine))
        {
            throw new InvalidOperationException("a data file section was not written as an indented object of one property");
        }
        return file.AsMemory(1, end - 1);
    }

    // The lists a section was written from, held weakly: a file kept for the next export does not keep lists the
    // catalog has since replaced alive (one that is gone is not the same list).
    private sealed record Part(WeakReference<object>[] From, ReadOnlyMemory<byte> Bytes)
    {
        public bool IsFrom(object[] inputs)
        {
            if (inputs.Length != From.Length) return false;
            for (var i = 0; i < inputs.Length; i++)
            {
                if (!From[i].TryGetTarget(out var list) || !ReferenceEquals(list, inputs[i])) return false;
            }
            return true;
        }
    }
}
