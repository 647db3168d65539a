using System.Net.Sockets;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Graph;

namespace Verkostot.Bot.Installation;

/// <summary>
/// Installs the app for one person through the Graph SDK and finds the 1:1 chat it makes:
/// <c>POST /users/{id}/teamwork/installedApps</c> (409 when it is there already is fine), then the installation by the
/// app's catalog id, then <c>…/installedApps/{installation}/chat</c>. Every step is safe to repeat.
/// </summary>
public sealed class GraphAppInstaller(GraphConnection graph, IOptions<ProactiveInstallationOptions> options, IOptions<GraphOptions> graphOptions)
{
    /// <returns>The id of the person's 1:1 chat with the bot.</returns>
    /// <param name="isGuest">A guest's refusal is Teams not allowing it for guests, not the app lacking a permission.</param>
    public async Task<string> InstallAsync(string aadObjectId, bool isGuest, CancellationToken cancellationToken)
    {
        var client = graph.Client ?? throw new AppInstallationException(InstallationFailure.AccessDenied, "graph-not-configured");
        var appId = options.Value.TeamsAppId!;
        var apps = client.Users[aadObjectId].Teamwork.InstalledApps;
        try
        {
            try
            {
                await apps.PostAsync(new UserScopeTeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["teamsApp@odata.bind"] = $"{graphOptions.Value.BaseUri.ToString().TrimEnd('/')}/appCatalogs/teamsApps/{appId}",
                    },
                }, cancellationToken: cancellationToken);
            }
            catch (ApiException e) when (e.ResponseStatusCode == 409)
            {
                // Installed already (by the person, an admin, or an earlier try that lost its answer).
            }
            var installed = await apps.GetAsync(request =>
            {
                request.QueryParameters.Expand = ["teamsApp"];
                request.QueryParameters.Filter = $"teamsApp/id eq '{appId}'";
            }, cancellationToken);
            var installation = installed?.Value?.FirstOrDefault()?.Id
                ?? throw new AppInstallationException(InstallationFailure.Transient, "installation-not-listed-yet");
            var chat = await apps[installation].Chat.GetAsync(cancellationToken: cancellationToken);
            return chat?.Id ?? throw new AppInstallationException(InstallationFailure.Transient, "chat-not-ready-yet");
        }
        catch (Exception e) when (Classify(e, isGuest, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static AppInstallationException? Classify(Exception exception, bool isGuest, CancellationToken cancellationToken) => exception switch
    {
        AppInstallationException => null,
        AuthenticationFailedException e => new(InstallationFailure.AccessDenied, "token-refused", e),
        ApiException { ResponseStatusCode: 401 } e => new(InstallationFailure.AccessDenied, GraphSendErrors.CodeOf(e) ?? "Graph401", e),
        ApiException { ResponseStatusCode: 403 or 404 or 400 } e when isGuest => new(InstallationFailure.NotInstallable, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        ApiException { ResponseStatusCode: 403 } e => new(InstallationFailure.AccessDenied, GraphSendErrors.CodeOf(e) ?? "Graph403", e),
        ApiException { ResponseStatusCode: 404 or 400 } e => new(InstallationFailure.NotInstallable, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        ApiException e => new(InstallationFailure.Transient, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        AggregateException { InnerExceptions: [.., var last] } => Classify(last, isGuest, cancellationToken),
        HttpRequestException or SocketException => new(InstallationFailure.Transient, "graph-unreachable", exception),
        TaskCanceledException when !cancellationToken.IsCancellationRequested => new(InstallationFailure.Transient, "graph-timeout", exception),
        _ => null,
    };
}
