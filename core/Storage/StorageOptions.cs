namespace Verkostot.Core.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (the embedded default for one machine) or "PostgreSql" (for several instances).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Defaults to a SQLite file under data/, created on first start.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/verkostot.db";

    /// <summary>
    /// Load the demo data into an empty database on start. Unset, the host decides: the bot loads it in Development
    /// only, so a production database never gets demo networks unless asked for explicitly.
    /// </summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>
    /// How long a cached catalog is trusted before it is re-read, so that changes made by other instances
    /// appear; changes made through this instance invalidate it at once.
    /// </summary>
    public int CatalogRefreshSeconds { get; set; } = 60;
}
