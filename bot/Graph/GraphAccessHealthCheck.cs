using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Core.GraphAccess;

namespace Verkostot.Bot.Graph;

/// <summary>
/// Degraded while Microsoft Graph refuses one of the bot's features (installation, e-mail, Outlook meetings): messages
/// still go where they can, so this never makes the instance Unhealthy. Fixed wording, naming no mailbox or tenant.
/// </summary>
public sealed class GraphAccessHealthCheck(GraphAccessMonitor monitor) : IHealthCheck
{
    public const string Name = "graph-access";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var refused = await monitor.RefusedFeaturesAsync(cancellationToken);
        if (refused.Count == 0)
        {
            return HealthCheckResult.Healthy("Microsoft Graph accepts every feature it has been asked for.");
        }
        return HealthCheckResult.Degraded(string.Join(" ", refused.Select(Describe)));
    }

    private static string Describe(GraphAccessState state) => (state.Feature, state.Problem) switch
    {
        (GraphFeature.Installation, _) => "Installing the app for people is refused (TeamsAppInstallation.ReadWriteSelfForUser.All or consent missing).",
        (GraphFeature.Email, GraphAccessProblem.MailboxNotFound) => "The sending mailbox (Email:Mailbox) does not exist.",
        (GraphFeature.Email, _) => "Sending e-mail is refused (Mail.Send, consent or the application access policy missing).",
        (_, GraphAccessProblem.MailboxNotFound) => "The organizer mailbox (OutlookMeetings:OrganizerMailbox) does not exist.",
        _ => "Outlook meetings are refused (Calendars.ReadWrite, consent or the application access policy missing).",
    };
}
