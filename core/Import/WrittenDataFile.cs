using System.Text;
using System.Text.Json;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>
/// A data file written from catalog content one section (top-level property) at a time: the same bytes as serializing
/// it whole. Content that shares lists with the previous file's takes those lists' sections over as they were written:
/// the catalog hands on a list it did not change as the same object and never changes its entities, so after an edit of
/// a meeting only the meetings are serialized again, not 10 000 people.
/// </summary>
public sealed class WrittenDataFile
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(DataFileWriter.TypeInfo.Options.NewLine);

    private readonly byte[] _bytes;
    private readonly Part[] _parts;

    private WrittenDataFile(byte[] bytes, Part[] parts)
    {
        _bytes = bytes;
        _parts = parts;
    }

    /// <summary>The file to read, without a copy of it.</summary>
    public Stream Open() => new MemoryStream(_bytes, writable: false);

    public byte[] ToArray() => [.. _bytes];

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
        var pieces = new ReadOnlyMemory<byte>[sections.Count];
        var inputs = new object[sections.Count][];
        for (var i = 0; i < sections.Count; i++)
        {
            inputs[i] = sections[i].Inputs(content);
            pieces[i] = previous is not null && previous._parts[i].IsFrom(inputs[i])
                ? previous._bytes.AsMemory(previous._parts[i].Start, previous._parts[i].Length)
                : Property(JsonSerializer.SerializeToUtf8Bytes(sections[i].Build(content), DataFileWriter.TypeInfo));
        }
        // "{", the properties separated by commas, the object's end on its own line, and a newline ending the file.
        var bytes = new byte[1 + pieces.Sum(p => p.Length) + (pieces.Length - 1) + NewLine.Length + 2];
        var parts = new Part[sections.Count];
        var at = 0;
        bytes[at++] = (byte)'{';
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) bytes[at++] = (byte)',';
            pieces[i].Span.CopyTo(bytes.AsSpan(at));
            parts[i] = new Part(Array.ConvertAll(inputs[i], input => new WeakReference<object>(input)), at, pieces[i].Length);
            at += pieces[i].Length;
        }
        NewLine.CopyTo(bytes.AsSpan(at));
        at += NewLine.Length;
        bytes[at++] = (byte)'}';
        bytes[at] = (byte)'\n';
        return new WrittenDataFile(bytes, parts);
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
    private sealed record Part(WeakReference<object>[] From, int Start, int Length)
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
