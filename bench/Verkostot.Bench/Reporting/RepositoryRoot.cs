namespace Verkostot.Bench.Reporting;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Verkostot.Bot.sln, searched upwards from the bench's own binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verkostot.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Verkostot.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
