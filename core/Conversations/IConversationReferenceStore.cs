namespace Verkostot.Core.Conversations;

/// <summary>Port: where conversation references are kept (the database, through core's storage).</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or refreshes the reference keyed by its conversation id (and, for personal chats, the user).</summary>
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts several references in one write (group commit); for a conversation named twice the later one wins.
    /// The default writes them one by one; the database store writes them in one transaction.
    /// </summary>
    async Task UpsertAsync(IReadOnlyList<ConversationReference> references, CancellationToken cancellationToken)
    {
        foreach (var reference in references)
        {
            await UpsertAsync(reference, cancellationToken);
        }
    }

    /// <summary>Forgets a conversation, e.g. when the app is uninstalled from it.</summary>
    Task RemoveAsync(string conversationId, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the 1:1 chats of many users in one go, before a batch of sends asks for them one by one (the recipient's
    /// language, then the messenger): the <see cref="FindPersonalAsync"/> calls that follow on this instance (one per
    /// scope, e.g. a reminder sweep) answer from what was read. The default reads nothing.
    /// </summary>
    Task PreloadPersonalAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The 1:1 chat with a user, by Entra object id.</summary>
    Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Any conversation in a team, for its service URL and tenant when a new thread must be created.</summary>
    Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>
    /// A conversation in a tenant (any tenant when null) to open new 1:1 chats from: a team's when there is one, because
    /// the team's roster gives people's Teams ids; otherwise the newest.
    /// </summary>
    Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken);
}
