using System.Collections.Concurrent;
using Verkostot.Bot.Connector;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Messaging;

/// <summary>
/// Teams opens a 1:1 chat only for a user's Teams id (29:…), which the bot learns from a team's roster. Rosters are
/// kept for a while so a broadcast to a whole network reads each roster once, not once per person.
/// </summary>
public sealed class TeamsUserDirectory(ConnectorClient connector, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTimeOffset LoadedAt, IReadOnlyDictionary<string, string> UserIds)> _rosters = new();

    /// <returns>The Teams user id of the person with this Entra object id in the anchor's team, or null.</returns>
    public async Task<string?> FindUserIdAsync(ConversationReference anchor, string aadObjectId, CancellationToken cancellationToken)
    {
        if (anchor.TeamId is null)
        {
            return null;
        }
        var roster = await RosterAsync(anchor.ServiceUrl, anchor.TeamId, cancellationToken);
        return roster.GetValueOrDefault(aadObjectId);
    }

    private async Task<IReadOnlyDictionary<string, string>> RosterAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        if (_rosters.TryGetValue(teamId, out var cached) && time.GetUtcNow() - cached.LoadedAt < KeepFor)
        {
            return cached.UserIds;
        }
        var userIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, 500, continuation, cancellationToken);
            foreach (var member in page.Members ?? [])
            {
                if (member.AadObjectId is { } aad && member.Id is { } id)
                {
                    userIds[aad] = id;
                }
            }
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
        _rosters[teamId] = (time.GetUtcNow(), userIds);
        return userIds;
    }
}
