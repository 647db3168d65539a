using Microsoft.Extensions.Logging;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Roster;

internal static partial class RosterSyncLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Roster of {NetworkId} synced (full read: {FullRead}): {Joined} joined, {Left} left, {Unmatched} unmatched")]
    public static partial void Synced(ILogger logger, string networkId, bool fullRead, int joined, int left, int unmatched);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster sync of {NetworkId} skipped: another sync holds the lease")]
    public static partial void AlreadyRunning(ILogger logger, string networkId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delta link of {NetworkId} expired or was rejected ({Reason}); reading the group in full")]
    public static partial void DeltaLinkExpired(ILogger logger, string networkId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Roster sync of {NetworkId}: the directory refused the credentials ({Problem}): {Reason}")]
    public static partial void CredentialsRejected(ILogger logger, string networkId, CredentialProblem problem, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster sync of {NetworkId} failed; the next run retries: {Reason}")]
    public static partial void Failed(ILogger logger, string networkId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster notice for {NetworkId} not delivered to person {Person}: {Status} {Reason}")]
    public static partial void NotDelivered(ILogger logger, string networkId, string person, DeliveryStatus status, string? reason);
}
