using Verkostot.StartupProfile;

// dotnet Verkostot.StartupProfile.dll METHOD_LIST ASSEMBLY_FOLDER OUTPUT.mibc
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Verkostot.StartupProfile METHOD_LIST ASSEMBLY_FOLDER OUTPUT.mibc");
    return 2;
}
using var assemblies = AssemblyIndex.Open(args[1]);
var profile = new MibcWriter(assemblies);
var result = profile.AddAll(File.ReadLines(args[0]));
profile.Write(args[2]);
// A method renamed or removed since the list was taken is left to the JIT: the list is refreshed, not exact. When
// many are, the start-up has drifted from the list; the publish shows this line as a warning (MSBuild's format).
Console.WriteLine($"startup profile: {result.Added} methods of {result.Listed} listed, {result.Missing} not found, into {args[2]}");
if (result.Missing > result.Listed / 10)
{
    Console.WriteLine($"{Path.GetFullPath(args[0])}: warning VSP0001: {result.Missing} of the {result.Listed} methods of the start-up profile " +
        "are not in the published assemblies; take the profile again with scripts/startup-profile.sh");
}
return 0;
