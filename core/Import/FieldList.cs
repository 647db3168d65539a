using System.Collections;

namespace Verkostot.Core.Import;

/// <summary>
/// The fields of one kind of element, named as in the data file: which differ between the stored element and the
/// file's, and copying those onto the stored one. A field that only the bot fills (a Team binding, an Entra object
/// id) keeps its stored value when the file leaves it empty. Values are compared as their own types, unboxed: an
/// import compares every field of 10 000 people.
/// </summary>
internal sealed class FieldList<T>
{
    private readonly List<Field> _fields = [];

    public FieldList<T> Add<TValue>(string name, Func<T, TValue> get, Action<T, TValue> set, bool keepStoredWhenEmpty = false)
    {
        _fields.Add(new Field(
            name,
            (stored, incoming) => Differs(get(stored), get(incoming), keepStoredWhenEmpty),
            (stored, incoming) => set(stored, get(incoming)),
            (a, b) => Same(get(a), get(b))));
        return this;
    }

    public IReadOnlyList<string> Differences(T stored, T incoming)
    {
        List<string>? names = null;
        foreach (var field in _fields)
        {
            if (field.Differs(stored, incoming)) (names ??= []).Add(field.Name);
        }
        return names ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Every field the same, also those <see cref="Differences"/> lets an empty file value pass: the same row.</summary>
    public bool Same(T a, T b)
    {
        foreach (var field in _fields)
        {
            if (!field.Same(a, b)) return false;
        }
        return true;
    }

    public void Copy(T stored, T incoming)
    {
        foreach (var field in _fields.Where(f => f.Differs(stored, incoming)))
        {
            field.Copy(stored, incoming);
        }
    }

    private static bool Differs<TValue>(TValue stored, TValue incoming, bool keepStoredWhenEmpty)
    {
        if (keepStoredWhenEmpty && (incoming is null || incoming is bool and false)) return false;
        return !Same(stored, incoming);
    }

    private static bool Same<TValue>(TValue a, TValue b) => a switch
    {
        string => EqualityComparer<TValue>.Default.Equals(a, b),
        // Lists of strings and texts, compared item by item without an enumerator of each.
        IList x when b is IList y => SameItems(x, y),
        IEnumerable x when b is IEnumerable y => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => EqualityComparer<TValue>.Default.Equals(a, b),
    };

    private static bool SameItems(IList x, IList y)
    {
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i], y[i])) return false;
        }
        return true;
    }

    private sealed record Field(string Name, Func<T, T, bool> Differs, Action<T, T> Copy, Func<T, T, bool> Same);
}
