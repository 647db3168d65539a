namespace Verkostot.Bot.Authentication;

/// <summary>Why a request was rejected; for operators' logs only, never for the response body.</summary>
public enum RejectionReason
{
    MissingToken,
    Scheme,
    Malformed,
    /// <summary>A token far larger than any the Bot Connector issues; refused before it is parsed.</summary>
    TooLarge,
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
    /// <summary>A genuine token, but the activity's tenant is not in Verkostot:AllowedTenants.</summary>
    TenantNotAllowed,
}
