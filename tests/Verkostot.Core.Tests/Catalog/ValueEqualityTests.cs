using System.Collections;
using System.Reflection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.Catalog;

public sealed class ValueEqualityTests
{
    /// <summary>Every settable property of every type the catalog's lists hold, nested entities and records included.</summary>
    public static TheoryData<Type, string> Properties()
    {
        var data = new TheoryData<Type, string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(typeof(CatalogContent).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => ItemType(p.PropertyType)!));
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            foreach (var property in Settable(type))
            {
                data.Add(type, property.Name);
                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var nested = ItemType(valueType) ?? valueType;
                if (nested.Namespace == typeof(Person).Namespace && nested.IsClass) pending.Enqueue(nested);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Equal_EntitiesDifferingInOneProperty_AreUnequal(Type type, string property)
    {
        var read = Sample(type, 0);
        var other = Sample(type, 0);
        var changed = type.GetProperty(property)!;
        changed.SetValue(other, Sample(changed.PropertyType, 1));

        Assert.True(Equal(type, read, Sample(type, 0)));
        Assert.False(Equal(type, read, other));
    }

    [Fact]
    public void Equal_TwoReadsOfTheSameRows_AreEqual()
    {
        IReadOnlyList<Network> Read() => [new Network
        {
            Id = "pienet-kunnat",
            Name = new LocalizedText("Pienet kunnat"),
            Themes = [new LocalizedText("elinvoima", "livskraft")],
            Sources = [new FactSource("kuntaliitto", new LocalizedText("Kuntaliitto"), Updated: new DateOnly(2026, 5, 1))],
            Attribution = new Attribution { Name = new LocalizedText("Kuntaliitto") },
        }];

        Assert.True(ValueEquality<IReadOnlyList<Network>>.Equal(Read(), Read()));
    }

    private static bool Equal(Type type, object a, object b) =>
        (bool)((Delegate)typeof(ValueEquality<>).MakeGenericType(type).GetProperty("Equal")!.GetValue(null)!).DynamicInvoke(a, b)!;

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IEnumerable).IsAssignableFrom(type) ? item : null;

    /// <summary>A value of a type, all of whose parts differ between variant 0 and 1.</summary>
    private static object Sample(Type type, int variant)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return variant == 0 ? "a" : "b";
        if (type == typeof(int)) return variant + 1;
        if (type == typeof(bool)) return variant == 1;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(variant)!;
        if (type == typeof(DateOnly)) return new DateOnly(2026, 1, 1).AddDays(variant);
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddHours(variant);
        if (ItemType(type) is { } item)
        {
            var list = (IList)Activator.CreateInstance(type)!;
            list.Add(Sample(item, variant));
            return list;
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var value = constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, variant))]);
        foreach (var property in Settable(type)) property.SetValue(value, Sample(property.PropertyType, variant));
        return value;
    }
}
