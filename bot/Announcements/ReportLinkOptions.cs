namespace Verkostot.Bot.Announcements;

/// <summary>
/// The CSV report links (configuration section "Announcements:Reports"). They are made under
/// <c>Verkostot:PublicBaseUrl</c> and signed with <c>Verkostot:LinkSigningKey</c>, like every link the bot hands out.
/// </summary>
public sealed class ReportLinkOptions
{
    public const string SectionName = "Announcements:Reports";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
