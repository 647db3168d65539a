using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>
/// The Graph directory, built on first use rather than when a command that might sync is constructed: roster sync runs
/// at night and on request, and Microsoft.Graph is the largest library the bot loads, so a start does not pay for it.
/// </summary>
internal sealed class LazyGroupDirectory(Func<IGroupDirectory> create) : IGroupDirectory
{
    private readonly Lazy<IGroupDirectory> _directory = new(create);

    public Task<string> StartTrackingAsync(string groupId, CancellationToken cancellationToken) =>
        _directory.Value.StartTrackingAsync(groupId, cancellationToken);

    public Task<IReadOnlyList<DirectoryMember>> ReadMembersAsync(string groupId, CancellationToken cancellationToken) =>
        _directory.Value.ReadMembersAsync(groupId, cancellationToken);

    public Task<GroupChanges> ReadChangesAsync(string groupId, string deltaLink, CancellationToken cancellationToken) =>
        _directory.Value.ReadChangesAsync(groupId, deltaLink, cancellationToken);

    public Task<IReadOnlyList<DirectoryMember>> ReadUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken) =>
        _directory.Value.ReadUsersAsync(objectIds, cancellationToken);
}
