using System.Reflection.Metadata;

namespace Verkostot.StartupProfile;

/// <summary>A type in a profiled method's name: a primitive, an array of one, or a defined type with its type arguments.</summary>
internal abstract record ProfiledType
{
    public sealed record Primitive(PrimitiveTypeCode Code) : ProfiledType;

    public sealed record Array(ProfiledType Element) : ProfiledType;

    public sealed record Defined(DefinedType Type, IReadOnlyList<ProfiledType> Arguments) : ProfiledType;

    /// <summary>
    /// <c>System.__Canon</c>, the stand-in of shared generic code for any reference type. crossgen2 reads it as the
    /// canonical type only from its own pseudo-assembly <see cref="CanonAssembly"/>; named in CoreLib it would be an
    /// instantiation over the class __Canon itself, which no code ever runs.
    /// </summary>
    public sealed record Canon : ProfiledType;

    public const string CanonAssembly = "System.Private.Canon";

    /// <summary>The assemblies this type names: the profile's group must list them all for crossgen2 to take it.</summary>
    public IEnumerable<string> Assemblies() => this switch
    {
        Array array => array.Element.Assemblies(),
        Defined defined => defined.Arguments.SelectMany(a => a.Assemblies()).Prepend(defined.Type.Assembly),
        _ => [],
    };

    /// <summary>The JIT's names for the primitive types. It prints char as ushort, so an instantiation over char is taken
    /// as one over ushort and left to the JIT.</summary>
    private static readonly Dictionary<string, PrimitiveTypeCode> Primitives = new(StringComparer.Ordinal)
    {
        ["bool"] = PrimitiveTypeCode.Boolean,
        ["ubyte"] = PrimitiveTypeCode.Byte,
        ["byte"] = PrimitiveTypeCode.SByte,
        ["short"] = PrimitiveTypeCode.Int16,
        ["ushort"] = PrimitiveTypeCode.UInt16,
        ["int"] = PrimitiveTypeCode.Int32,
        ["uint"] = PrimitiveTypeCode.UInt32,
        ["long"] = PrimitiveTypeCode.Int64,
        ["ulong"] = PrimitiveTypeCode.UInt64,
        ["float"] = PrimitiveTypeCode.Single,
        ["double"] = PrimitiveTypeCode.Double,
        ["nint"] = PrimitiveTypeCode.IntPtr,
        ["nuint"] = PrimitiveTypeCode.UIntPtr,
    };

    /// <summary>The type the JIT named, or null when it is not one of the published assemblies' (or not expressible).</summary>
    public static ProfiledType? Parse(string text, AssemblyIndex assemblies)
    {
        text = text.Trim();
        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            return Parse(text[..^2], assemblies) is { } element ? new Array(element) : null;
        }
        if (text == "System.__Canon")
        {
            return new Canon();
        }
        if (Primitives.TryGetValue(text, out var primitive))
        {
            return new Primitive(primitive);
        }
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return assemblies.Find(text) is { } plain ? new Defined(plain, []) : null;
        }
        if (!text.EndsWith(']') || assemblies.Find(text[..open]) is not { } generic)
        {
            return null;
        }
        var arguments = new List<ProfiledType>();
        foreach (var argument in JitMethodName.SplitArguments(text[(open + 1)..^1]))
        {
            if (Parse(argument, assemblies) is not { } parsed)
            {
                return null;
            }
            arguments.Add(parsed);
        }
        return new Defined(generic, arguments);
    }
}
