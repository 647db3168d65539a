using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Verkostot.Bot.Configuration;

/// <summary>
/// Finds every configured value that cannot become the type of the option it binds to. The configuration binder stops
/// at the first such value with an exception; this walks the whole options class so all of them are reported at once.
/// </summary>
internal static class SettingValues
{
    /// <summary>Problems under the section <paramref name="failedPath"/> belongs to, for the options class that failed to bind.</summary>
    public static IReadOnlyList<string> Problems(Type options, IConfiguration configuration, string failedPath)
    {
        var segments = failedPath.Split(':');
        for (var i = 0; i < segments.Length; i++)
        {
            if (Resolves(options, segments[i..]))
            {
                var prefix = string.Join(':', segments[..i]);
                var section = i == 0 ? configuration : configuration.GetSection(prefix);
                return [.. Walk(options, section, prefix)];
            }
        }
        return [];
    }

    /// <summary>One line for a value that did not convert: the key and what it should hold.</summary>
    public static string Describe(string path, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var expected = target switch
        {
            _ when target == typeof(TimeSpan) => "a time span such as 00:05:00 (hours:minutes:seconds) or 7.00:00:00 (days)",
            _ when target == typeof(bool) => "true or false",
            _ when target == typeof(int) || target == typeof(long) => "a whole number",
            _ when target == typeof(double) || target == typeof(decimal) => "a number such as 1.5",
            _ when target == typeof(Guid) => "a GUID such as 00000000-0000-0000-0000-000000000000",
            _ when target == typeof(Uri) => "a URL",
            _ when target.IsEnum => "one of " + string.Join(", ", Enum.GetNames(target)),
            _ => "a " + target.Name,
        };
        return $"{path} must be {expected}.";
    }

    private static IEnumerable<string> Walk(Type type, IConfiguration section, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = KeyOf(property);
            var child = section.GetSection(key);
            var path = prefix.Length == 0 ? key : $"{prefix}:{key}";
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(target))
            {
                if (child.Value is { Length: > 0 } value && !Converts(target, value))
                {
                    yield return Describe(path, target);
                }
            }
            else if (target.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(target) && child.GetChildren().Any())
            {
                foreach (var problem in Walk(target, child, path))
                {
                    yield return problem;
                }
            }
        }
    }

    private static bool Resolves(Type type, string[] keys)
    {
        foreach (var key in keys)
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(KeyOf(p), key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return false;
            }
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }
        return true;
    }

    private static string KeyOf(PropertyInfo property) =>
        property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);

    // What the configuration binder does with a string: the type's TypeConverter, invariant culture.
    private static bool Converts(Type type, string value)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromString(null, CultureInfo.InvariantCulture, value);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return false;
        }
    }
}
