using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Verkostot.Bot.Authentication;

/// <summary>The verdict on one inbound request.</summary>
public sealed record AuthenticationOutcome
{
    public required AuthenticationStatus Status { get; init; }

    /// <summary>
    /// The validated token's claims when accepted; an unauthenticated identity in developer mode.
    /// </summary>
    public ClaimsIdentity? Identity { get; init; }

    public RejectionReason? Reason { get; init; }

    public bool IsAccepted => Status == AuthenticationStatus.Accepted;

    /// <summary>The HTTP status to answer a rejected request with (no body); 200 when accepted.</summary>
    public int StatusCode => Status switch
    {
        AuthenticationStatus.Unauthorized => StatusCodes.Status401Unauthorized,
        AuthenticationStatus.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status200OK,
    };

    public static AuthenticationOutcome Accepted(ClaimsIdentity identity) =>
        new() { Status = AuthenticationStatus.Accepted, Identity = identity };

    public static AuthenticationOutcome Unauthorized(RejectionReason reason) =>
        new() { Status = AuthenticationStatus.Unauthorized, Reason = reason };

    public static AuthenticationOutcome Forbidden(RejectionReason reason) =>
        new() { Status = AuthenticationStatus.Forbidden, Reason = reason };
}
