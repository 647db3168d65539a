using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Verkostot.StartupProfile.Tests;

/// <summary>
/// A .mibc read back as crossgen2 reads it: the AssemblyDictionary's <c>ldstr group; ldtoken GroupN; pop</c>, and
/// each group's <c>ldtoken method; pop</c>, the methods written out as "Assembly:Type.Name&lt;args&gt;(params) : return".
/// </summary>
internal sealed record ProfileContents(IReadOnlyDictionary<string, IReadOnlyList<string>> Groups)
{
    public static ProfileContents Read(string file)
    {
        using var pe = new PEReader(File.OpenRead(file));
        var reader = pe.GetMetadataReader();
        var dictionary = reader.MethodDefinitions.Single(m => reader.GetString(reader.GetMethodDefinition(m).Name) == "AssemblyDictionary");
        var groups = new Dictionary<string, IReadOnlyList<string>>();
        string? group = null;
        foreach (var (opcode, token) in Instructions(pe, reader.GetMethodDefinition(dictionary)))
        {
            if (opcode == ILOpCode.Ldstr)
            {
                group = reader.GetUserString(MetadataTokens.UserStringHandle(token));
            }
            else if (opcode == ILOpCode.Ldtoken)
            {
                var method = reader.GetMethodDefinition(MetadataTokens.MethodDefinitionHandle(token));
                groups[group!] = [.. Instructions(pe, method).Where(i => i.OpCode == ILOpCode.Ldtoken).Select(i => Describe(reader, MetadataTokens.EntityHandle(i.Token)))];
            }
        }
        return new ProfileContents(groups);
    }

    private static IEnumerable<(ILOpCode OpCode, int Token)> Instructions(PEReader pe, MethodDefinition method)
    {
        var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
        var found = new List<(ILOpCode, int)>();
        while (il.RemainingBytes > 0)
        {
            var opcode = (ILOpCode)il.ReadByte();
            switch (opcode)
            {
                case ILOpCode.Ldstr or ILOpCode.Ldtoken:
                    found.Add((opcode, il.ReadInt32()));
                    break;
                case ILOpCode.Pop or ILOpCode.Ret:
                    break;
                default:
                    throw new InvalidDataException($"Unexpected instruction {opcode} in a profile.");
            }
        }
        return found;
    }

    private static string Describe(MetadataReader reader, EntityHandle handle)
    {
        var names = new Names();
        if (handle.Kind == HandleKind.MethodSpecification)
        {
            var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
            var arguments = specification.DecodeSignature(names, null);
            return Describe(reader, specification.Method, "<" + string.Join(",", arguments) + ">");
        }
        return Describe(reader, handle, "");
    }

    private static string Describe(MetadataReader reader, EntityHandle method, string instantiation)
    {
        var names = new Names();
        var reference = reader.GetMemberReference((MemberReferenceHandle)method);
        var owner = reference.Parent.Kind == HandleKind.TypeSpecification
            ? reader.GetTypeSpecification((TypeSpecificationHandle)reference.Parent).DecodeSignature(names, null)
            : names.GetTypeFromReference(reader, (TypeReferenceHandle)reference.Parent, 0);
        var signature = reference.DecodeMethodSignature(names, null);
        return $"{owner}.{reader.GetString(reference.Name)}{instantiation}({string.Join(",", signature.ParameterTypes)}) : {signature.ReturnType}";
    }

    private sealed class Names : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            var name = (type.Namespace.IsNil ? "" : metadata.GetString(type.Namespace) + ".") + metadata.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.AssemblyReference
                ? metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name) + ":" + name
                : GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "+" + name;
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(",", typeArguments)}>";

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            throw new InvalidDataException("A profile defines no types of its own but <Module>.");

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSentinelType(string elementType) => elementType;
    }
}
