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
        // The comparison is chosen once per field, not per value: testing a value's type boxes it.
        var same = SameFor<TValue>();
        Func<T, T, bool> differs = keepStoredWhenEmpty
            ? (stored, incoming) => get(incoming) is var value && !IsEmpty(value) && !same(get(stored), value)
            : (stored, incoming) => !same(get(stored), get(incoming));
        _fields.Add(new Field(name, differs, (stored, incoming) => set(stored, get(incoming)), (a, b) => same(get(a), get(b))));
        return this;
    }

    /// <summary>The fields' names, in order.</summary>
    public IEnumerable<string> Names => _fields.Select(f => f.Name);

    public IReadOnlyList<string> Differences(T stored, T incoming)
    {
        // A file loaded for a preview holds the catalog's own entity where it has it unchanged (see DataFileConverter).
        if (ReferenceEquals(stored, incoming)) return [];
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

    private static bool IsEmpty<TValue>(TValue value) => value is null || value is bool and false;

    private static Func<TValue, TValue, bool> SameFor<TValue>()
    {
        if (typeof(TValue).IsValueType || typeof(TValue) == typeof(string)) return EqualityComparer<TValue>.Default.Equals;
        // Lists of strings and texts, compared item by item.
        if (typeof(IList).IsAssignableFrom(typeof(TValue))) return (a, b) => a is IList x && b is IList y ? SameItems(x, y) : a is null && b is null;
        if (typeof(IEnumerable).IsAssignableFrom(typeof(TValue)))
        {
            return (a, b) => a is IEnumerable x && b is IEnumerable y ? x.Cast<object?>().SequenceEqual(y.Cast<object?>()) : a is null && b is null;
        }
        return EqualityComparer<TValue>.Default.Equals;
    }

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
