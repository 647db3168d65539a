using System.Collections;

namespace Verkostot.Core.Import;

/// <summary>
/// The fields of one kind of element, named as in the data file: which differ between the stored element and the
/// file's, and copying those onto the stored one. A field that only the bot fills (a Team binding, an Entra object
/// id) keeps its stored value when the file leaves it empty.
/// </summary>
internal sealed class FieldList<T>
{
    private readonly List<Field> _fields = [];

    public FieldList<T> Add<TValue>(string name, Func<T, TValue> get, Action<T, TValue> set, bool keepStoredWhenEmpty = false)
    {
        _fields.Add(new Field(name, e => get(e), (e, v) => set(e, (TValue)v!), keepStoredWhenEmpty));
        return this;
    }

    public IReadOnlyList<string> Differences(T stored, T incoming) =>
        [.. _fields.Where(f => Differs(f, stored, incoming)).Select(f => f.Name)];

    public void Copy(T stored, T incoming)
    {
        foreach (var field in _fields.Where(f => Differs(f, stored, incoming)))
        {
            field.Set(stored, field.Get(incoming));
        }
    }

    private static bool Differs(Field field, T stored, T incoming)
    {
        var value = field.Get(incoming);
        if (field.KeepStoredWhenEmpty && value is null or false) return false;
        return !Same(field.Get(stored), value);
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (IEnumerable x, IEnumerable y) when a is not string => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };

    private sealed record Field(string Name, Func<T, object?> Get, Action<T, object?> Set, bool KeepStoredWhenEmpty);
}
