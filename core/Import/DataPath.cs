using System.Text;

namespace Verkostot.Core.Import;

/// <summary>
/// Where an element is in a data file, such as <c>$.networks[0].bodies[1]</c>, made into text only when it has an
/// error: checking a good file of 10 000 people writes no path at all.
/// </summary>
internal sealed class DataPath
{
    private readonly DataPath? _parent;
    private readonly string? _property;
    private readonly int _index;

    private DataPath(DataPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    public static DataPath Root { get; } = new(null, null, -1);

    public DataPath Property(string name) => new(this, name, -1);

    public DataPath Item(int index) => new(this, null, index);

    /// <summary>The path of <paramref name="field"/> (e.g. "title.fi") of this element.</summary>
    public string Of(string field) => $"{this}.{field}";

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        if (_parent is null)
        {
            text.Append('$');
            return;
        }
        _parent.Write(text);
        if (_property is not null) text.Append('.').Append(_property);
        else text.Append('[').Append(_index).Append(']');
    }
}
