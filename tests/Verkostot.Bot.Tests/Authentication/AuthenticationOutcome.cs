using System.Security.Claims;
using Verkostot.Bot.Authentication;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>What one POST to /api/messages came to.</summary>
public sealed record AuthenticationOutcome
{
    public required AuthenticationStatus Status { get; init; }

    /// <summary>The claims the request was let through with; an unauthenticated identity in developer mode.</summary>
    public ClaimsIdentity? Identity { get; init; }

    /// <summary>The reason in the operator's log line.</summary>
    public RejectionReason? Reason { get; init; }

    public static AuthenticationOutcome Accepted(ClaimsIdentity identity) =>
        new() { Status = AuthenticationStatus.Accepted, Identity = identity };

    public static AuthenticationOutcome Unauthorized(RejectionReason? reason) =>
        new() { Status = AuthenticationStatus.Unauthorized, Reason = reason };

    public static AuthenticationOutcome Forbidden(RejectionReason? reason) =>
        new() { Status = AuthenticationStatus.Forbidden, Reason = reason };
}
