namespace Verkostot.Bot.Authentication;

/// <summary>Tuning of inbound token validation, bound from the <c>BotAuthentication</c> section.</summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotAuthentication";

    /// <summary>Tolerated clock difference with the Bot Connector (industry standard, per the Bot Framework docs).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    public TimeSpan KeyCacheLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Least time between two key fetches caused by an unknown <c>kid</c>, so forged kids cannot make
    /// the bot hammer the metadata endpoint.
    /// </summary>
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
