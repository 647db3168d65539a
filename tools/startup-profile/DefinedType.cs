using System.Reflection.Metadata;

namespace Verkostot.StartupProfile;

/// <summary>A type definition in one of the published assemblies, by its full name (nested types joined with +).</summary>
internal sealed record DefinedType(string Assembly, MetadataReader Reader, TypeDefinitionHandle Handle, string FullName)
{
    public bool IsValueType
    {
        get
        {
            var definition = Reader.GetTypeDefinition(Handle);
            if (definition.BaseType.Kind != HandleKind.TypeReference || FullName == "System.Enum")
            {
                return false;
            }
            var baseName = AssemblyIndex.FullName(Reader, (TypeReferenceHandle)definition.BaseType);
            return baseName is "System.ValueType" or "System.Enum";
        }
    }
}
