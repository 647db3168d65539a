namespace Verkostot.Core.Roster;

/// <summary>The directory could not answer; the subclasses say why and what to do about it.</summary>
public abstract class DirectoryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The delta link is too old or no longer recognised: the group must be read in full again.</summary>
public sealed class DeltaLinkExpiredException(string message, Exception? inner = null) : DirectoryException(message, inner);

/// <summary>The directory or its token endpoint refused the app's credentials or permissions; only an admin can fix it.</summary>
public sealed class DirectoryCredentialsRejectedException(CredentialProblem problem, string message, Exception? inner = null)
    : DirectoryException(message, inner)
{
    public CredentialProblem Problem { get; } = problem;
}

/// <summary>Throttled, unreachable or failing after retries: worth trying again later.</summary>
public sealed class DirectoryUnavailableException(string message, Exception? inner = null) : DirectoryException(message, inner);

/// <summary>No credentials or Graph address are configured, so the roster cannot be synced at all.</summary>
public sealed class DirectoryNotConfiguredException(string message) : DirectoryException(message);
