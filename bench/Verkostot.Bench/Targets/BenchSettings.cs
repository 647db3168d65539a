namespace Verkostot.Bench.Targets;

/// <summary>Settings every run of our bot gets, in-process or as a child process.</summary>
internal static class BenchSettings
{
    public const string AppId = "5e1c0b7a-9d3f-4c6e-8b2a-bench0000001";

    public const string TenantId = "5e1c0b7a-0000-4000-8000-00000000be01";

    /// <summary>
    /// Logging at Warning (an Information line per answer would flood the bench's console), and the outbound Teams
    /// rate limits (30 sends/s per app, 7/s per conversation) raised to their configurable maximum: at the defaults
    /// the bench would measure the limiter, not the request path. The botbuilder-js echo bot has no limiter at all.
    /// </summary>
    public static Dictionary<string, string?> Common(string databaseFile) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={databaseFile}",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // EF Core warns once about a split-query choice in the catalog load; the bench output is for figures.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        ["Connector:AppPermitsPerSecond"] = "10000",
        ["Connector:ConversationPermitsPerSecond"] = "1000",
        ["Connector:ConversationPermitsPer30Seconds"] = "10000",
        // Production refuses to start without the keys that sign links; the bench serves no links.
        ["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/",
        ["Verkostot:LinkSigningKey"] = "bench-link-signing-key-0123456789abcdef",
    };
}
