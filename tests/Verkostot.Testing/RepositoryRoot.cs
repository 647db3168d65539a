namespace Verkostot.Testing;

/// <summary>The checkout the tests run from: the folder holding Verkostot.Bot.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Verkostot.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Verkostot.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
