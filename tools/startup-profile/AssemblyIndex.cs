using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Verkostot.StartupProfile;

/// <summary>Every type defined in a folder of assemblies (the publish's trimmed set), by full name.</summary>
internal sealed class AssemblyIndex : IDisposable
{
    private readonly List<PEReader> _files = [];
    private readonly Dictionary<string, List<DefinedType>> _types = new(StringComparer.Ordinal);

    public static AssemblyIndex Open(string folder)
    {
        var index = new AssemblyIndex();
        foreach (var file in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            index.Add(file);
        }
        return index;
    }

    private void Add(string file)
    {
        var pe = new PEReader(File.OpenRead(file));
        if (!pe.HasMetadata || !pe.GetMetadataReader().IsAssembly)
        {
            pe.Dispose();
            return;
        }
        _files.Add(pe);
        var reader = pe.GetMetadataReader();
        var assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
        foreach (var handle in reader.TypeDefinitions)
        {
            var name = FullName(reader, handle);
            if (!_types.TryGetValue(name, out var sameName))
            {
                _types[name] = sameName = [];
            }
            sameName.Add(new DefinedType(assembly, reader, handle, name));
        }
    }

    /// <summary>The first assembly's type of that name (in file-name order).</summary>
    public DefinedType? Find(string fullName) => _types.GetValueOrDefault(fullName)?[0];

    /// <summary>
    /// Every type of that name: the JIT's names do not say the assembly, and some names are defined in several
    /// (each library's own <c>Interop+Sys</c> or <c>System.SR</c>).
    /// </summary>
    public IReadOnlyList<DefinedType> FindAll(string fullName) => _types.GetValueOrDefault(fullName) ?? [];

    public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = reader.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        return !declaring.IsNil ? FullName(reader, declaring) + "+" + name : Qualified(reader.GetString(definition.Namespace), name);
    }

    public static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? FullName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name
            : Qualified(reader.GetString(reference.Namespace), name);
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }
}
