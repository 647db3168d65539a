using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Verkostot.StartupProfile;

/// <summary>
/// Copies a method's signature from its own assembly into the profile: the same bytes, with each type token of that
/// assembly replaced by a reference to the type where it is defined. ECMA-335 II.23.2.
/// </summary>
internal sealed class SignatureRewriter(MibcWriter profile, string sourceAssembly, MetadataReader source)
{
    private bool _complete = true;

    public bool TryCopyMethod(BlobReader signature, BlobBuilder into)
    {
        CopyMethod(ref signature, into);
        return _complete;
    }

    private void CopyMethod(ref BlobReader signature, BlobBuilder into)
    {
        var header = signature.ReadByte();
        into.WriteByte(header);
        if ((header & (byte)SignatureAttributes.Generic) != 0)
        {
            into.WriteCompressedInteger(signature.ReadCompressedInteger());
        }
        var parameters = signature.ReadCompressedInteger();
        into.WriteCompressedInteger(parameters);
        for (var i = 0; i <= parameters; i++) // the return type, then each parameter
        {
            CopyType(ref signature, into);
        }
    }

    private void CopyType(ref BlobReader signature, BlobBuilder into)
    {
        var code = (SignatureTypeCode)signature.ReadByte();
        into.WriteByte((byte)code);
        switch (code)
        {
            case SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier:
                CopyToken(ref signature, into);
                CopyType(ref signature, into);
                break;
            case SignatureTypeCode.Pointer or SignatureTypeCode.ByReference or SignatureTypeCode.SZArray
                or SignatureTypeCode.Pinned or SignatureTypeCode.Sentinel:
                CopyType(ref signature, into);
                break;
            case (SignatureTypeCode)SignatureTypeKind.Class or (SignatureTypeCode)SignatureTypeKind.ValueType:
                CopyToken(ref signature, into);
                break;
            case SignatureTypeCode.GenericTypeParameter or SignatureTypeCode.GenericMethodParameter:
                into.WriteCompressedInteger(signature.ReadCompressedInteger());
                break;
            case SignatureTypeCode.Array:
                CopyArrayShape(ref signature, into);
                break;
            case SignatureTypeCode.GenericTypeInstance:
                into.WriteByte(signature.ReadByte());
                CopyToken(ref signature, into);
                var arguments = signature.ReadCompressedInteger();
                into.WriteCompressedInteger(arguments);
                for (var i = 0; i < arguments; i++)
                {
                    CopyType(ref signature, into);
                }
                break;
            case SignatureTypeCode.FunctionPointer:
                CopyMethod(ref signature, into);
                break;
            default: // primitives, string, object, typedref: nothing follows
                break;
        }
    }

    private void CopyArrayShape(ref BlobReader signature, BlobBuilder into)
    {
        CopyType(ref signature, into);
        into.WriteCompressedInteger(signature.ReadCompressedInteger()); // rank
        var sizes = signature.ReadCompressedInteger();
        into.WriteCompressedInteger(sizes);
        for (var i = 0; i < sizes; i++)
        {
            into.WriteCompressedInteger(signature.ReadCompressedInteger());
        }
        var lowerBounds = signature.ReadCompressedInteger();
        into.WriteCompressedInteger(lowerBounds);
        for (var i = 0; i < lowerBounds; i++)
        {
            into.WriteCompressedSignedInteger(signature.ReadCompressedSignedInteger());
        }
    }

    private void CopyToken(ref BlobReader signature, BlobBuilder into)
    {
        var handle = signature.ReadTypeHandle();
        EntityHandle translated = default;
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                translated = profile.TypeReference(sourceAssembly, AssemblyIndex.FullName(source, (TypeDefinitionHandle)handle));
                break;
            case HandleKind.TypeReference:
                translated = profile.TypeReference(AssemblyIndex.FullName(source, (TypeReferenceHandle)handle)) ?? default(EntityHandle);
                break;
            case HandleKind.TypeSpecification:
                var specification = new BlobBuilder();
                var blob = source.GetBlobReader(source.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                CopyType(ref blob, specification);
                translated = profile.TypeSpecification(specification);
                break;
        }
        if (translated.IsNil)
        {
            // A type outside the published assemblies: the reference could not be resolved, so the method is left out.
            _complete = false;
        }
        into.WriteCompressedInteger(translated.IsNil ? 0 : CodedIndex.TypeDefOrRefOrSpec(translated));
    }
}
