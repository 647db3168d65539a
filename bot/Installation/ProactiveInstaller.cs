using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Installation;

/// <summary>
/// Before a 1:1 message to someone the bot has no chat with: installs the app for them (<see cref="GraphAppInstaller"/>),
/// stores the chat it makes as their conversation, and records the outcome so nobody is asked about every send. A person
/// who removed the app is never given it back; one Teams will not install it for waits days before the next try. Either
/// way the message goes on to e-mail.
/// </summary>
public sealed partial class ProactiveInstaller(
    GraphAppInstaller installer,
    PersonalInstallations installations,
    IConversationReferenceStore references,
    ICatalogSource catalogs,
    GraphAccessMonitor access,
    IOptions<ProactiveInstallationOptions> options,
    TimeProvider time,
    ILogger<ProactiveInstaller> logger)
{
    public bool IsEnabled => options.Value.IsEnabled;

    /// <returns>The new chat, or why there is none (a delivery outcome with a code from <see cref="DeliveryProblemCodes"/>).</returns>
    public async Task<(ConversationReference? Chat, Delivery? Failure)> OpenChatAsync(PersonAddress person, CancellationToken cancellationToken)
    {
        var aad = person.EntraObjectId!;
        var known = await installations.FindAsync(aad, cancellationToken);
        if (known?.State == PersonalInstallationState.RemovedByUser)
        {
            return (null, Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.AppRemovedByUser));
        }
        if (!PersonalInstallations.MayInstall(known, time.GetUtcNow()))
        {
            return (null, known!.State == PersonalInstallationState.Failed
                ? Delivery.Failed(DeliveryStatus.TransientFailure, known.LastError ?? "installation-failed")
                : Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.AppNotInstallable));
        }
        // The chat lives on the tenant's Bot Connector, which the bot knows from any conversation it has there.
        var anchor = await references.FindAnyInTenantAsync(person.TenantId, cancellationToken);
        var serviceUrl = anchor?.ServiceUrl ?? options.Value.ServiceUrl?.AbsoluteUri;
        if (serviceUrl is null)
        {
            return (null, Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoPersonalChat));
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var isGuest = catalog.PeopleById.GetValueOrDefault(person.PersonId)?.IsGuest ?? false;
        string chatId;
        try
        {
            chatId = await installer.InstallAsync(aad, isGuest, cancellationToken);
        }
        catch (AppInstallationException e)
        {
            LogNotInstalled(Verkostot.Core.Privacy.LogPseudonym.Of(person.PersonId), e.Failure, e.Code);
            return (null, await RecordFailureAsync(aad, e, cancellationToken));
        }
        var chat = new ConversationReference
        {
            ConversationId = chatId,
            ConversationType = "personal",
            ServiceUrl = serviceUrl,
            ChannelId = anchor?.ChannelId ?? "msteams",
            TenantId = anchor?.TenantId ?? person.TenantId,
            BotId = anchor?.BotId,
            UserAadObjectId = aad,
            UpdatedAt = time.GetUtcNow(),
        };
        await references.UpsertAsync(chat, cancellationToken);
        await installations.InstalledByBotAsync(aad, cancellationToken);
        await access.WorkingAsync(GraphFeature.Installation, cancellationToken);
        LogInstalled(Verkostot.Core.Privacy.LogPseudonym.Of(person.PersonId));
        return (chat, null);
    }

    private async Task<Delivery> RecordFailureAsync(string aad, AppInstallationException e, CancellationToken cancellationToken)
    {
        switch (e.Failure)
        {
            case InstallationFailure.NotInstallable:
                await installations.NotInstallableAsync(aad, e.Code, options.Value.NotInstallableRetryAfter, cancellationToken);
                return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.AppNotInstallable);
            case InstallationFailure.AccessDenied:
                // Not the person's fault: nothing is recorded against them, and the next send tries again.
                return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.GraphAccessDenied);
            default:
                await installations.FailedAsync(aad, e.Code, options.Value.FailedRetryAfter, cancellationToken);
                return Delivery.Failed(DeliveryStatus.TransientFailure, e.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed the app for person {Person}")]
    private partial void LogInstalled(string person);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not install the app for person {Person}: {Failure} {Code}")]
    private partial void LogNotInstalled(string person, InstallationFailure failure, string code);
}
