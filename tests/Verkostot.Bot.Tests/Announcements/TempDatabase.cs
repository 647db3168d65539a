namespace Verkostot.Bot.Tests.Announcements;

/// <summary>A SQLite file of its own for one test, deleted afterwards; survives a host's disposal like a real database.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"announcements-{Guid.NewGuid():N}.db");

    public static IReadOnlyDictionary<string, string?> StorageOf(string path) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={path};Pooling=False",
    };

    public void Dispose()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
