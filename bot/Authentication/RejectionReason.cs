namespace Verkostot.Bot.Authentication;

/// <summary>Why a request was rejected; for operators' logs only, never for the response body.</summary>
public enum RejectionReason
{
    MissingToken,
    Scheme,
    Malformed,
    Algorithm,
    SigningKey,
    Signature,
    Issuer,
    Audience,
    Lifetime,
    Tenant,
    Endorsement,
    ServiceUrl,
    /// <summary>The signing keys could not be fetched, so nothing can be verified.</summary>
    KeysUnavailable,
}
