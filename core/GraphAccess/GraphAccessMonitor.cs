using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Catalog;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.GraphAccess;

/// <summary>
/// Keeps track of Graph refusing a feature, as roster sync does for its own: the first refusal of a streak tells the
/// network's coordinators (one card), every refusal keeps the feature's row for the health check, and the next success
/// ends the streak. Successes are remembered in memory, so a working feature costs no database write per message.
/// </summary>
public sealed partial class GraphAccessMonitor(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<GraphAccessMonitor> logger)
{
    private readonly ConcurrentDictionary<GraphFeature, bool> _knownWorking = new();

    /// <summary>
    /// Looks at a send's outcome: a refusal by Graph starts or continues a streak, a success ends it. Never throws:
    /// this bookkeeping must not turn a message already sent into one of unknown fate.
    /// </summary>
    public async Task ObserveAsync(GraphFeature feature, Delivery delivery, string? networkId, CancellationToken cancellationToken)
    {
        try
        {
            await (delivery switch
            {
                { IsSent: true } => WorkingAsync(feature, cancellationToken),
                { Reason: DeliveryProblemCodes.GraphAccessDenied } => RefusedAsync(feature, GraphAccessProblem.ConsentMissing, networkId, cancellationToken),
                { Reason: DeliveryProblemCodes.MailboxNotFound } => RefusedAsync(feature, GraphAccessProblem.MailboxNotFound, networkId, cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogObserveFailed(e, feature);
        }
    }

    public async Task WorkingAsync(GraphFeature feature, CancellationToken cancellationToken)
    {
        if (_knownWorking.TryGetValue(feature, out var working) && working) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<GraphAccessState>().Where(s => s.Feature == feature).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            LogWorkingAgain(feature);
        }
        _knownWorking[feature] = true;
    }

    /// <param name="networkId">Whose coordinators are told; when null, every network's.</param>
    public async Task RefusedAsync(GraphFeature feature, GraphAccessProblem problem, string? networkId, CancellationToken cancellationToken)
    {
        _knownWorking[feature] = false;
        LogRefused(feature, problem);
        if (!await StartStreakAsync(feature, problem, cancellationToken)) return;
        var today = HelsinkiTime.Today(time);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var networks = catalog.NetworksById.Values.Where(n => networkId == null || n.Id == networkId).ToList();
        // The messenger is scoped (it stores chats it opens); the monitor outlives any one scope.
        await using var scope = scopes.CreateAsyncScope();
        var messenger = scope.ServiceProvider.GetRequiredService<IMessenger>();
        foreach (var network in networks)
        {
            var alert = new GraphAccessAlert(Language.Finnish, network.Name.Fi, feature, problem);
            foreach (var coordinator in UndeliveredReportPlanner.CoordinatorsOf(catalog, network.Id, today).Select(id => catalog.PeopleById[id]))
            {
                var delivery = await messenger.SendToPersonAsync(new PersonAddress(coordinator.Id, coordinator.EntraObjectId), alert, cancellationToken);
                if (!delivery.IsSent) LogAlertNotDelivered(network.Id, feature, delivery.Reason);
            }
        }
    }

    /// <summary>The features Graph refuses now, for the health check.</summary>
    public async Task<IReadOnlyList<GraphAccessState>> RefusedFeaturesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<GraphAccessState>().AsNoTracking().OrderBy(s => s.Since).ToListAsync(cancellationToken);
    }

    /// <summary>Records the refusal; true for exactly one caller per streak, across instances.</summary>
    private async Task<bool> StartStreakAsync(GraphFeature feature, GraphAccessProblem problem, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var detail = $"Microsoft Graph refuses the {feature} feature: {problem}.";
        var updated = await db.Set<GraphAccessState>().Where(s => s.Feature == feature)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Problem, problem).SetProperty(x => x.Detail, detail), cancellationToken);
        if (updated > 0) return false;
        db.Add(new GraphAccessState { Feature = feature, Problem = problem, Since = time.GetUtcNow(), Detail = detail });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another sender started the streak a moment earlier; it tells the coordinators.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording how Microsoft Graph answered {Feature} failed")]
    private partial void LogObserveFailed(Exception exception, GraphFeature feature);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph refuses {Feature}: {Problem}")]
    private partial void LogRefused(GraphFeature feature, GraphAccessProblem problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Microsoft Graph accepts {Feature} again")]
    private partial void LogWorkingAgain(GraphFeature feature);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Graph access alert of network {NetworkId} ({Feature}) was not delivered: {Reason}")]
    private partial void LogAlertNotDelivered(string networkId, GraphFeature feature, string? reason);
}
