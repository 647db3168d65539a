using Verkostot.Core.Roster;

namespace Verkostot.Core.Tests.Roster;

/// <summary>An in-memory group directory whose delta links are versions of each group's history.</summary>
internal sealed class FakeDirectory : IGroupDirectory
{
    private readonly Dictionary<string, DirectoryMember> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<HashSet<string>>> _history = new(StringComparer.OrdinalIgnoreCase);

    public int FullReads { get; private set; }
    public int DeltaReads { get; private set; }
    public List<string> LookedUp { get; } = [];
    /// <summary>Thrown by every call while set.</summary>
    public Exception? FailWith { get; set; }
    public bool LinksExpired { get; set; }

    public void Add(string groupId, params DirectoryMember[] members)
    {
        foreach (var member in members) _users[member.ObjectId] = member;
        Change(groupId, current => current.UnionWith(members.Select(m => m.ObjectId)));
    }

    public void Remove(string groupId, params string[] objectIds) => Change(groupId, current => current.ExceptWith(objectIds));

    public Task<string> StartTrackingAsync(string groupId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        return Task.FromResult($"{groupId}|{History(groupId).Count - 1}");
    }

    public Task<IReadOnlyList<DirectoryMember>> ReadMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        FullReads++;
        return Task.FromResult<IReadOnlyList<DirectoryMember>>([.. History(groupId)[^1].Select(id => _users[id])]);
    }

    public Task<GroupChanges> ReadChangesAsync(string groupId, string deltaLink, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        DeltaReads++;
        if (LinksExpired) throw new DeltaLinkExpiredException("410 Gone");
        var history = History(groupId);
        var then = history[int.Parse(deltaLink.Split('|')[1])];
        var now = history[^1];
        return Task.FromResult(new GroupChanges([.. now.Except(then)], [.. then.Except(now)], $"{groupId}|{history.Count - 1}"));
    }

    public Task<IReadOnlyList<DirectoryMember>> ReadUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        LookedUp.AddRange(objectIds);
        return Task.FromResult<IReadOnlyList<DirectoryMember>>([.. objectIds.Where(_users.ContainsKey).Select(id => _users[id])]);
    }

    private void Change(string groupId, Action<HashSet<string>> change)
    {
        var history = History(groupId);
        var next = new HashSet<string>(history[^1], StringComparer.OrdinalIgnoreCase);
        change(next);
        history.Add(next);
    }

    private List<HashSet<string>> History(string groupId) =>
        _history.TryGetValue(groupId, out var history) ? history : _history[groupId] = [new HashSet<string>(StringComparer.OrdinalIgnoreCase)];

    private void ThrowIfFailing()
    {
        if (FailWith is { } failure) throw failure;
    }
}
