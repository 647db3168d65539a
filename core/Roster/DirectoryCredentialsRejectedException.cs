namespace Verkostot.Core.Roster;

/// <summary>The directory or its token endpoint refused the app's credentials or permissions; only an admin can fix it.</summary>
public sealed class DirectoryCredentialsRejectedException(CredentialProblem problem, string message, Exception? inner = null)
    : DirectoryException(message, inner)
{
    public CredentialProblem Problem { get; } = problem;
}
