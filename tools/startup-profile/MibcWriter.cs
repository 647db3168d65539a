using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Verkostot.StartupProfile;

/// <summary>
/// Writes crossgen2's profile format (.mibc): an assembly whose global method <c>AssemblyDictionary</c> runs
/// <c>ldstr "Defining;Other;…;" ldtoken GroupN pop</c> for each group, and each group method
/// <c>ldtoken Method pop</c> for each profiled method. A group names every assembly its methods mention: crossgen2
/// takes a group only when all of them are in the version bubble being compiled.
/// </summary>
internal sealed class MibcWriter(AssemblyIndex assemblies)
{
    // Fixed, so that the same list gives the same bytes and the publish's images are not compiled again for nothing.
    private static readonly Guid ModuleId = new("6d1b0c5e-5a43-4f0b-9d55-0a8f1e1b2c3d");

    private readonly MetadataBuilder _metadata = CreateMetadata();
    private readonly Dictionary<string, AssemblyReferenceHandle> _assemblyReferences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeReferenceHandle> _typeReferences = new(StringComparer.Ordinal);
    private readonly Dictionary<BlobHandle, TypeSpecificationHandle> _typeSpecifications = [];
    private readonly SortedDictionary<string, List<EntityHandle>> _groups = new(StringComparer.Ordinal);

    public sealed record Counts(int Listed, int Added, int Missing);

    public Counts AddAll(IEnumerable<string> lines)
    {
        int listed = 0, added = 0;
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            listed++;
            added += Add(line) > 0 ? 1 : 0;
        }
        return new Counts(listed, added, listed - added);
    }

    /// <summary>Adds every overload the JIT's name can mean; 0 when none is found in the published assemblies.</summary>
    public int Add(string jitName)
    {
        if (JitMethodName.Parse(jitName) is not { } name
            || ProfiledType.Parse(name.Owner, assemblies) is not ProfiledType.Defined owner)
        {
            return 0;
        }
        var methodArguments = name.MethodArguments.Select(a => ProfiledType.Parse(a, assemblies)).OfType<ProfiledType>().ToList();
        if (methodArguments.Count != name.MethodArguments.Count)
        {
            return 0;
        }
        return assemblies.FindAll(owner.Type.FullName).Sum(type => Add(owner with { Type = type }, name, methodArguments));
    }

    private int Add(ProfiledType.Defined owner, JitMethodName name, IReadOnlyList<ProfiledType> methodArguments)
    {
        var reader = owner.Type.Reader;
        var added = 0;
        foreach (var handle in reader.GetTypeDefinition(owner.Type.Handle).GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            if (reader.GetString(method.Name) == name.Name && Arity(reader, method) == (methodArguments.Count, name.ParameterCount)
                && TryReference(owner, method, methodArguments) is { } token)
            {
                Group(owner, methodArguments).Add(token);
                added++;
            }
        }
        return added;
    }

    private static (int Generic, int Parameters) Arity(MetadataReader reader, MethodDefinition method)
    {
        var signature = reader.GetBlobReader(method.Signature);
        var header = signature.ReadSignatureHeader();
        var generic = header.IsGeneric ? signature.ReadCompressedInteger() : 0;
        return (generic, signature.ReadCompressedInteger());
    }

    private EntityHandle? TryReference(ProfiledType.Defined owner, MethodDefinition method, IReadOnlyList<ProfiledType> methodArguments)
    {
        var reader = owner.Type.Reader;
        var signature = new BlobBuilder();
        if (!new SignatureRewriter(this, owner.Type.Assembly, reader).TryCopyMethod(reader.GetBlobReader(method.Signature), signature))
        {
            return null;
        }
        EntityHandle parent = owner.Arguments.Count == 0 ? TypeReference(owner.Type) : TypeSpecification(owner);
        EntityHandle token = _metadata.AddMemberReference(parent, _metadata.GetOrAddString(reader.GetString(method.Name)), _metadata.GetOrAddBlob(signature));
        if (methodArguments.Count == 0)
        {
            return token;
        }
        var instantiation = new BlobBuilder();
        var encoder = new BlobEncoder(instantiation).MethodSpecificationSignature(methodArguments.Count);
        foreach (var argument in methodArguments)
        {
            Encode(encoder.AddArgument(), argument);
        }
        return _metadata.AddMethodSpecification(token, _metadata.GetOrAddBlob(instantiation));
    }

    private List<EntityHandle> Group(ProfiledType.Defined owner, IEnumerable<ProfiledType> methodArguments)
    {
        var others = owner.Assemblies().Concat(methodArguments.SelectMany(a => a.Assemblies()))
            .Where(a => a != owner.Type.Assembly).Distinct().Order(StringComparer.Ordinal);
        var key = owner.Type.Assembly + ";" + string.Concat(others.Select(a => a + ";"));
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = [];
        }
        return group;
    }

    private void Encode(SignatureTypeEncoder encoder, ProfiledType type)
    {
        switch (type)
        {
            case ProfiledType.Primitive primitive:
                encoder.PrimitiveType(primitive.Code);
                break;
            case ProfiledType.Array array:
                Encode(encoder.SZArray(), array.Element);
                break;
            case ProfiledType.Canon:
                encoder.Type(TypeReference(ProfiledType.CanonAssembly, "System.__Canon"), isValueType: false);
                break;
            case ProfiledType.Defined { Arguments.Count: 0 } plain:
                encoder.Type(TypeReference(plain.Type), plain.Type.IsValueType);
                break;
            case ProfiledType.Defined generic:
                var arguments = encoder.GenericInstantiation(TypeReference(generic.Type), generic.Arguments.Count, generic.Type.IsValueType);
                foreach (var argument in generic.Arguments)
                {
                    Encode(arguments.AddArgument(), argument);
                }
                break;
        }
    }

    private TypeSpecificationHandle TypeSpecification(ProfiledType type)
    {
        var blob = new BlobBuilder();
        Encode(new BlobEncoder(blob).TypeSpecificationSignature(), type);
        return TypeSpecification(blob);
    }

    /// <summary>One row per distinct signature: the overloads of one instantiated type share their parent.</summary>
    public TypeSpecificationHandle TypeSpecification(BlobBuilder signature)
    {
        var blob = _metadata.GetOrAddBlob(signature);
        if (!_typeSpecifications.TryGetValue(blob, out var handle))
        {
            _typeSpecifications[blob] = handle = _metadata.AddTypeSpecification(blob);
        }
        return handle;
    }

    /// <summary>A type of the published assemblies, found by name (a reference in another assembly may go through a facade).</summary>
    public TypeReferenceHandle? TypeReference(string fullName) => assemblies.Find(fullName) is { } type ? TypeReference(type) : null;

    public TypeReferenceHandle TypeReference(DefinedType type) => TypeReference(type.Assembly, type.FullName);

    public TypeReferenceHandle TypeReference(string assembly, string fullName)
    {
        var key = assembly + "!" + fullName;
        if (_typeReferences.TryGetValue(key, out var handle))
        {
            return handle;
        }
        var plus = fullName.LastIndexOf('+');
        var dot = fullName.LastIndexOf('.');
        handle = plus >= 0
            ? _metadata.AddTypeReference(TypeReference(assembly, fullName[..plus]), default, _metadata.GetOrAddString(fullName[(plus + 1)..]))
            : _metadata.AddTypeReference(AssemblyReference(assembly), dot < 0 ? default : _metadata.GetOrAddString(fullName[..dot]),
                _metadata.GetOrAddString(fullName[(dot + 1)..]));
        return _typeReferences[key] = handle;
    }

    private AssemblyReferenceHandle AssemblyReference(string name)
    {
        if (!_assemblyReferences.TryGetValue(name, out var handle))
        {
            _assemblyReferences[name] = handle = _metadata.AddAssemblyReference(_metadata.GetOrAddString(name), new Version(0, 0, 0, 0), default, default, default, default);
        }
        return handle;
    }

    public void Write(string path)
    {
        var bodies = new MethodBodyStreamEncoder(new BlobBuilder());
        var methods = new List<(string Name, int Body)>();
        var dictionary = new InstructionEncoder(new BlobBuilder());
        foreach (var (key, tokens) in _groups)
        {
            var group = new InstructionEncoder(new BlobBuilder());
            foreach (var token in tokens)
            {
                group.OpCode(ILOpCode.Ldtoken);
                group.Token(token);
                group.OpCode(ILOpCode.Pop);
            }
            group.OpCode(ILOpCode.Ret);
            methods.Add(($"Group{methods.Count + 1}", bodies.AddMethodBody(group, maxStack: 1)));
            dictionary.LoadString(_metadata.GetOrAddUserString(key));
            dictionary.OpCode(ILOpCode.Ldtoken);
            dictionary.Token(MetadataTokens.MethodDefinitionHandle(methods.Count));
            dictionary.OpCode(ILOpCode.Pop);
        }
        dictionary.OpCode(ILOpCode.Ret);
        methods.Add(("AssemblyDictionary", bodies.AddMethodBody(dictionary, maxStack: 2)));

        var noArguments = new BlobBuilder();
        new BlobEncoder(noArguments).MethodSignature().Parameters(0, r => r.Void(), _ => { });
        var signature = _metadata.GetOrAddBlob(noArguments);
        foreach (var (name, body) in methods)
        {
            _metadata.AddMethodDefinition(MethodAttributes.Public | MethodAttributes.Static, MethodImplAttributes.IL,
                _metadata.GetOrAddString(name), signature, body, default);
        }
        _metadata.AddTypeDefinition(default, default, _metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));

        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(_metadata), bodies.Builder,
            deterministicIdProvider: _ => new BlobContentId(ModuleId, 1));
        var image = new BlobBuilder();
        pe.Serialize(image);
        var bytes = image.ToArray();
        // Left untouched when unchanged, so that the publish's incremental build does not compile every image again.
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            File.WriteAllBytes(path, bytes);
        }
    }

    private static MetadataBuilder CreateMetadata()
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString("startup.mibc.dll"), metadata.GetOrAddGuid(ModuleId), default, default);
        metadata.AddAssembly(metadata.GetOrAddString("startup"), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.None);
        return metadata;
    }
}
