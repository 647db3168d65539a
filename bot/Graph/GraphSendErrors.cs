using System.Net;
using System.Net.Sockets;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Graph;

/// <summary>
/// Turns a failed Graph call that would have sent something (an e-mail, an installation, an invitation) into a
/// delivery outcome. Only an answer that says "not done" is a failure; a call cut off with no answer may have been
/// done, so it is a crash (in doubt, never repeated).
/// </summary>
internal static class GraphSendErrors
{
    private static readonly string[] MailboxMissingCodes = ["ErrorInvalidUser", "MailboxNotEnabledForRESTAPI", "MailboxNotFound", "ResourceNotFound", "Request_ResourceNotFound", "ErrorMailboxNotFound"];

    public static Delivery ToDelivery(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        AuthenticationFailedException => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.GraphAccessDenied),
        ApiException api => FromStatus(api),
        AggregateException { InnerExceptions: [.., ApiException last] } => FromStatus(last),
        // Refused before anything was sent: safe to try again later.
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable } } =>
            Failed(DeliveryStatus.TransientFailure, "graph-unreachable"),
        OperationCanceledException when cancellationToken.IsCancellationRequested => throw exception,
        _ => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed),
    };

    /// <summary>The error code Graph gave, e.g. "ErrorInvalidUser" or "TooManyRequests".</summary>
    public static string? CodeOf(ApiException exception) => exception is ODataError { Error.Code: { } code } ? code : null;

    public static bool IsMailboxMissing(ApiException exception) =>
        exception.ResponseStatusCode == (int)HttpStatusCode.NotFound && MailboxMissingCodes.Contains(CodeOf(exception), StringComparer.OrdinalIgnoreCase);

    private static Delivery FromStatus(ApiException e) => e.ResponseStatusCode switch
    {
        401 or 403 => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.GraphAccessDenied),
        404 when IsMailboxMissing(e) => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.MailboxNotFound),
        400 when CodeOf(e) is "ErrorInvalidRecipients" or "ErrorInvalidSmtpAddress" => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.InvalidEmailAddress),
        // Throttled or unavailable: explicitly not done. A 500 or a gateway's 502/504 may come after the work was done.
        429 or 503 => Failed(DeliveryStatus.TransientFailure, CodeOf(e) ?? $"Graph{e.ResponseStatusCode}"),
        >= 500 => Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed),
        _ => Failed(DeliveryStatus.PermanentFailure, CodeOf(e) ?? $"Graph{e.ResponseStatusCode}"),
    };

    private static Delivery Failed(DeliveryStatus status, string code) => Delivery.Failed(status, code);
}
