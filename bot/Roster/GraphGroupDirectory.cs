using Verkostot.Bot.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Groups.Delta;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>
/// The group directory on Microsoft Graph: members read with <c>$select</c> and <c>$top</c> page by page; changes by
/// <c>/groups/delta</c> filtered to one group, merging <c>members@delta</c> across pages; newcomers' details in one
/// <c>getByIds</c> call per thousand.
/// </summary>
public sealed class GraphGroupDirectory(GraphConnection connection, GraphOptions options) : IGroupDirectory
{
    private static readonly string[] MemberFields = ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "userType"];
    private const int GetByIdsLimit = 1000;

    public Task<string> StartTrackingAsync(string groupId, CancellationToken cancellationToken) =>
        CallAsync(readingDelta: false, cancellationToken, async client =>
        {
            var page = await Delta(client, DeltaUrl(groupId) + "&$deltatoken=latest").GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            while (page?.OdataNextLink is { } next)
            {
                page = await Delta(client, next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
            return page?.OdataDeltaLink ?? throw new DirectoryUnavailableException("Graph gave no delta link.");
        });

    public Task<IReadOnlyList<DirectoryMember>> ReadMembersAsync(string groupId, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<DirectoryMember>>(readingDelta: false, cancellationToken, async client =>
        {
            var members = new List<DirectoryMember>();
            var page = await client.Groups[groupId].Members.GetAsync(request =>
            {
                request.QueryParameters.Select = MemberFields;
                request.QueryParameters.Top = options.PageSize;
            }, cancellationToken);
            while (page is not null)
            {
                members.AddRange(Users(page.Value));
                page = page.OdataNextLink is { } next
                    ? await client.Groups[groupId].Members.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                    : null;
            }
            return members;
        });

    public Task<GroupChanges> ReadChangesAsync(string groupId, string deltaLink, CancellationToken cancellationToken) =>
        CallAsync(readingDelta: true, cancellationToken, async client =>
        {
            var merged = new MembersDeltaMerge(groupId);
            var page = await Delta(client, deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            while (page?.OdataNextLink is { } next)
            {
                merged.Add(page.Value);
                page = await Delta(client, next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
            merged.Add(page?.Value);
            return merged.Result(page?.OdataDeltaLink ?? throw new DirectoryUnavailableException("Graph gave no delta link."));
        });

    public Task<IReadOnlyList<DirectoryMember>> ReadUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<DirectoryMember>>(readingDelta: false, cancellationToken, async client =>
        {
            var users = new List<DirectoryMember>();
            foreach (var chunk in objectIds.Chunk(GetByIdsLimit))
            {
                var found = await client.DirectoryObjects.GetByIds.PostAsGetByIdsPostResponseAsync(
                    new Microsoft.Graph.DirectoryObjects.GetByIds.GetByIdsPostRequestBody { Ids = [.. chunk], Types = ["user"] },
                    cancellationToken: cancellationToken);
                users.AddRange(Users(found?.Value));
            }
            return users;
        });

    private string DeltaUrl(string groupId) =>
        $"{options.BaseUri.ToString().TrimEnd('/')}/groups/delta?$filter={Uri.EscapeDataString($"id eq '{groupId}'")}&$select=members";

    private static DeltaRequestBuilder Delta(GraphServiceClient client, string url) => client.Groups.Delta.WithUrl(url);

    private static IEnumerable<DirectoryMember> Users(IEnumerable<DirectoryObject>? objects) =>
        (objects ?? []).OfType<User>().Where(u => u.Id is not null)
            .Select(u => new DirectoryMember(u.Id!, u.DisplayName, u.Mail, u.UserPrincipalName, u.JobTitle, u.UserType));

    private async Task<T> CallAsync<T>(bool readingDelta, CancellationToken cancellationToken, Func<GraphServiceClient, Task<T>> call)
    {
        var client = connection.Client ?? throw new DirectoryNotConfiguredException(connection.NotConfiguredReason!);
        try
        {
            return await call(client);
        }
        catch (Exception e) when (GraphErrors.Translate(e, readingDelta, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// Merges <c>members@delta</c> of the group over every page: the last entry for a member wins, and an entry with
    /// <c>@removed</c> is a removal. Non-user members (groups, devices) are ignored.
    /// </summary>
    private sealed class MembersDeltaMerge(string groupId)
    {
        private const string MembersDelta = "members@delta";
        private readonly Dictionary<string, bool> _present = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _order = [];

        public void Add(IEnumerable<Group>? groups)
        {
            foreach (var group in groups ?? [])
            {
                if (!string.Equals(group.Id, groupId, StringComparison.OrdinalIgnoreCase) ||
                    !group.AdditionalData.TryGetValue(MembersDelta, out var entries) || entries is not UntypedArray array)
                {
                    continue;
                }
                foreach (var entry in array.GetValue().OfType<UntypedObject>().Select(o => o.GetValue()))
                {
                    Add(entry);
                }
            }
        }

        public GroupChanges Result(string deltaLink) =>
            new([.. _order.Where(id => _present[id])], [.. _order.Where(id => !_present[id])], deltaLink);

        private void Add(IDictionary<string, UntypedNode> entry)
        {
            if (entry.TryGetValue("id", out var idNode) && idNode is UntypedString { } idString && idString.GetValue() is { Length: > 0 } id && IsUser(entry))
            {
                if (!_present.ContainsKey(id))
                {
                    _order.Add(id);
                }
                _present[id] = !entry.ContainsKey("@removed");
            }
        }

        private static bool IsUser(IDictionary<string, UntypedNode> entry) =>
            !entry.TryGetValue("@odata.type", out var type) || type is not UntypedString typeName ||
            string.Equals(typeName.GetValue(), "#microsoft.graph.user", StringComparison.OrdinalIgnoreCase);
    }
}
