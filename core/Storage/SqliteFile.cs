using Microsoft.Data.Sqlite;

namespace Verkostot.Core.Storage;

/// <summary>The SQLite database file the storage settings name, if they name one (not PostgreSQL, not in memory).</summary>
public static class SqliteFile
{
    /// <summary>The file's full path, or null.</summary>
    public static string? Of(StorageOptions storage)
    {
        if (storage.Provider != StorageProvider.Sqlite)
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(storage.ConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource.StartsWith(':')
            ? null
            : Path.GetFullPath(builder.DataSource);
    }
}
