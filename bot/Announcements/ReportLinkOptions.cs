namespace Verkostot.Bot.Announcements;

/// <summary>
/// The CSV export links (configuration section "Announcements:Reports"). The key signs links so only their holder
/// can read the report, and only until they expire; every instance must share it.
/// </summary>
public sealed class ReportLinkOptions
{
    public const string SectionName = "Announcements:Reports";

    /// <summary>The bot's public address, e.g. https://verkostot.example.fi; links are made under it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>At least 32 characters. Empty in development: a random key per process (links die with a restart).</summary>
    public string? SigningKey { get; set; }

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
