using System.Collections;
using System.Reflection;

namespace Verkostot.Core.Catalog;

/// <summary>
/// Equality of catalog data by what it holds, e.g. to tell whether the catalog read again holds what the current one
/// does. The entities are classes, which compare by reference, and a record compares a list member by reference too,
/// so neither Equals says that two reads of the same rows are the same. Here every public property counts: values as
/// themselves (an instant with its offset), lists item by item, entities and records property by property. Built from
/// the types' properties, so a property added later counts without anyone remembering to add it.
/// </summary>
/// <remarks>Types it cannot compare by value (a collection other than a list, a class that could be derived from) fail when first used.</remarks>
public static class ValueEquality<T>
{
    public static Func<T, T, bool> Equal { get; } = Build();

    private static Func<T, T, bool> Build()
    {
        var type = typeof(T);
        if (type == typeof(DateTimeOffset)) return (Func<T, T, bool>)(object)(Func<DateTimeOffset, DateTimeOffset, bool>)((a, b) => a.EqualsExact(b));
        if (Nullable.GetUnderlyingType(type) is { } underlying) return (Func<T, T, bool>)Made(nameof(NullableEqual), underlying);
        if (type.IsValueType || type == typeof(string)) return EqualityComparer<T>.Default.Equals;
        if (ItemType(type) is { } item) return (Func<T, T, bool>)Made(nameof(ListEqual), item);
        if (typeof(IEnumerable).IsAssignableFrom(type)) throw new NotSupportedException($"{type} is a collection but not a list: it has no order to compare in.");
        if (!type.IsSealed) throw new NotSupportedException($"{type} is not sealed: a derived type's properties would not be compared.");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => (Func<T, T, bool>)Made(nameof(PropertyEqual), p.PropertyType, p))
            .ToArray();
        return (a, b) =>
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            foreach (var equal in properties)
            {
                if (!equal(a, b)) return false;
            }
            return true;
        };
    }

    private static Type? ItemType(Type type) =>
        (type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            ?.GetGenericArguments()[0];

    private static object Made(string helper, Type argument, params object[] arguments) =>
        typeof(ValueEquality<T>).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(argument).Invoke(null, arguments)!;

    private static Func<TValue?, TValue?, bool> NullableEqual<TValue>() where TValue : struct
    {
        var equal = ValueEquality<TValue>.Equal;
        return (a, b) => a.HasValue ? b.HasValue && equal(a.Value, b.Value) : !b.HasValue;
    }

    private static Func<IReadOnlyList<TItem>?, IReadOnlyList<TItem>?, bool> ListEqual<TItem>()
    {
        var equal = ValueEquality<TItem>.Equal;
        return (a, b) =>
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null || a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
            {
                if (!equal(a[i], b[i])) return false;
            }
            return true;
        };
    }

    private static Func<T, T, bool> PropertyEqual<TValue>(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        var equal = ValueEquality<TValue>.Equal;
        return (a, b) => equal(get(a), get(b));
    }
}
