namespace Verkostot.Core.GraphAccess;

/// <summary>Why Graph refuses a feature: each needs a different fix from the admin.</summary>
public enum GraphAccessProblem
{
    /// <summary>401/403: the application permission, the admin's consent or Exchange's application access policy is missing.</summary>
    ConsentMissing,
    /// <summary>The configured mailbox does not exist or has no Exchange Online mailbox.</summary>
    MailboxNotFound,
}
