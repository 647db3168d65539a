namespace Verkostot.Core.Roster;

/// <summary>A user in a group, with only the fields roster matching needs.</summary>
public sealed record DirectoryMember(
    string ObjectId,
    string? DisplayName,
    string? Mail,
    string? UserPrincipalName,
    string? JobTitle,
    string? UserType)
{
    /// <summary>B2B guests: userType Guest, or the #EXT# mark Entra puts in a guest's UPN.</summary>
    public bool IsGuest =>
        string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase) ||
        (UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>What to call the person when the directory has no display name.</summary>
    public string Name => DisplayName is { Length: > 0 } name ? name : Mail ?? UserPrincipalName ?? ObjectId;
}
