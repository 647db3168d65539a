namespace Verkostot.Core.Roster;

/// <summary>
/// Port: reads a Microsoft 365 group's members from the directory (Microsoft Graph in the bot). Failures come as
/// <see cref="DirectoryException"/>s: <see cref="DeltaLinkExpiredException"/>, <see cref="DirectoryCredentialsRejectedException"/>
/// or <see cref="DirectoryUnavailableException"/>.
/// </summary>
public interface IGroupDirectory
{
    /// <summary>A delta link for the group's state right now, without reading its members (Graph's <c>$deltatoken=latest</c>).</summary>
    Task<string> StartTrackingAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>Every user in the group, all pages read.</summary>
    Task<IReadOnlyList<DirectoryMember>> ReadMembersAsync(string groupId, CancellationToken cancellationToken);

    /// <summary>Who joined or left since <paramref name="deltaLink"/>, all pages merged, and the link for next time.</summary>
    Task<GroupChanges> ReadChangesAsync(string groupId, string deltaLink, CancellationToken cancellationToken);

    /// <summary>The details of users known only by id (delta answers carry ids only).</summary>
    Task<IReadOnlyList<DirectoryMember>> ReadUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken);
}
