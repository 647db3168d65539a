namespace Verkostot.Core.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
