namespace Verkostot.Core.Roster;

/// <summary>Why the directory refused the app: the fix the admin must make differs.</summary>
public enum CredentialProblem
{
    /// <summary>The token endpoint or Graph rejected the secret or certificate (expired, wrong, deleted), HTTP 401.</summary>
    InvalidCredentials,
    /// <summary>Signed in, but the app lacks GroupMember.Read.All or admin consent was revoked, HTTP 403.</summary>
    MissingPermission,
}
