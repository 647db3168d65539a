using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Meetings;

namespace Verkostot.Bot.Health;

/// <summary>
/// Degraded while a signed link's key is one that does not survive a restart or differ between instances: the
/// built-in development key for .ics links, or no CSV report key (each process then makes up its own).
/// </summary>
public sealed class LinkSigningKeysHealthCheck(IOptions<MeetingsOptions> meetings, IOptions<ReportLinkOptions> reports) : IHealthCheck
{
    public const string Name = "link-signing-keys";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (meetings.Value.CalendarLinkKey == MeetingsOptions.DevelopmentCalendarLinkKey)
        {
            problems.Add(".ics links use the built-in development key (set Meetings:CalendarLinkKey)");
        }
        if (string.IsNullOrEmpty(reports.Value.SigningKey))
        {
            problems.Add("CSV report links use a key of this process only (set Announcements:Reports:SigningKey)");
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Signed links use configured keys.")
            : HealthCheckResult.Degraded(string.Join("; ", problems) + "."));
    }
}
