using Microsoft.Extensions.Options;

namespace Verkostot.Core.Storage;

/// <summary>
/// SQLite serves one bot instance: beside it Hangfire keeps its jobs in memory and the catalog trusts its own cache,
/// so a second process on the same file would send reminders twice. The running instance holds an exclusive lock on
/// <c>{database}.lock</c> for as long as it lives (the operating system drops it when the process ends, however it
/// ends), and a second instance is refused at start. Nothing to do for PostgreSQL or an in-memory database.
/// </summary>
public sealed class SqliteInstanceLock(IOptions<StorageOptions> options) : IDisposable
{
    private FileStream? _held;

    /// <summary>Null when this process may use the database (it now holds the lock), else the problem in plain words.</summary>
    public string? TryAcquire()
    {
        if (_held is not null || SqliteFile.Of(options.Value) is not { } database)
        {
            return null;
        }
        var path = database + ".lock";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return $"Storage: another Verkostot.Bot is already running on the SQLite database {database} (it holds {path}). " +
                "SQLite serves one instance: stop the other one, or use PostgreSQL (Storage:Provider=PostgreSql) to run several.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"Storage: the bot may not create {path} beside its SQLite database; give it write access to {Path.GetDirectoryName(path)}.";
        }
    }

    public void Dispose() => _held?.Dispose();
}
