using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Verkostot.StartupProfile.Tests;

/// <summary>
/// Profiles written against the framework this test runs on, read back the way crossgen2 reads them: the
/// AssemblyDictionary's groups, and in each the methods' references.
/// </summary>
public sealed class MibcWriterTests : IDisposable
{
    private static readonly string Framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    private readonly AssemblyIndex _assemblies = AssemblyIndex.Open(Framework);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"startup-{Guid.NewGuid():N}.mibc");

    [Fact]
    public void Write_MethodOfNonGenericType_ListedInItsAssemblysGroup()
    {
        var profile = Write("System.String:IsNullOrEmpty(System.String)");

        var (group, methods) = Assert.Single(profile.Groups);
        Assert.Equal("System.Private.CoreLib;", group);
        Assert.Equal("System.Private.CoreLib:System.String.IsNullOrEmpty(String) : Boolean", Assert.Single(methods));
    }

    [Fact]
    public void Write_MethodOfSharedGenericType_ReferencedOnCrossgensCanonType()
    {
        var profile = Write("System.Collections.Generic.Dictionary`2[System.__Canon,System.Collections.Specialized.BitVector32]:Remove(System.__Canon)");

        // The canonical type comes from crossgen2's pseudo-assembly, which is in no version bubble: no group names it.
        var (group, methods) = Assert.Single(profile.Groups);
        Assert.Equal("System.Private.CoreLib;System.Collections.Specialized;", group);
        Assert.Equal("System.Private.CoreLib:System.Collections.Generic.Dictionary`2<System.Private.Canon:System.__Canon,System.Collections.Specialized:System.Collections.Specialized.BitVector32>.Remove(!0) : Boolean",
            Assert.Single(methods));
    }

    [Fact]
    public void Write_GenericMethodOverAnotherAssemblysType_GroupNamesBothAssemblies()
    {
        var profile = Write("System.Linq.Enumerable:ToList[System.Collections.Specialized.BitVector32](System.Collections.Generic.IEnumerable`1[System.Collections.Specialized.BitVector32])");

        var (group, methods) = Assert.Single(profile.Groups);
        Assert.Equal("System.Linq;System.Collections.Specialized;", group);
        // System.Linq names IEnumerable<T> through the System.Runtime facade; the profile names where it is defined.
        Assert.Equal("System.Linq:System.Linq.Enumerable.ToList<System.Collections.Specialized:System.Collections.Specialized.BitVector32>(System.Private.CoreLib:System.Collections.Generic.IEnumerable`1<!!0>) : System.Private.CoreLib:System.Collections.Generic.List`1<!!0>",
            Assert.Single(methods));
    }

    [Fact]
    public void Add_Overloads_TakesEachWithTheSameParameterCount()
    {
        var expected = typeof(string).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Count(m => m.Name == "Concat" && !m.IsGenericMethodDefinition && m.GetParameters().Length == 2);

        var added = new MibcWriter(_assemblies).Add("System.String:Concat(System.String,System.String)");

        Assert.True(expected >= 2);
        Assert.Equal(expected, added);
    }

    [Fact]
    public void AddAll_TypesNotInTheAssemblies_CountedAsMissing()
    {
        var counts = new MibcWriter(_assemblies).AddAll(
        [
            "System.String:IsNullOrEmpty(System.String)",
            "Verkostot.Bot.NotHere:Run()",
            "System.Collections.Generic.List`1[Verkostot.NotHere]:Add(Verkostot.NotHere)",
            "# a comment",
            "",
        ]);

        Assert.Equal(new MibcWriter.Counts(Listed: 3, Added: 1, Missing: 2), counts);
    }

    private ProfileContents Write(params string[] methods)
    {
        var writer = new MibcWriter(_assemblies);
        foreach (var method in methods)
        {
            Assert.True(writer.Add(method) > 0, method);
        }
        writer.Write(_file);
        return ProfileContents.Read(_file);
    }

    public void Dispose()
    {
        _assemblies.Dispose();
        File.Delete(_file);
    }
}
