namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>A TeamsChannelAccount: a roster member with the Entra details Teams adds.</summary>
public sealed record TeamsMember
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    /// <summary>"user", "guest" or "anonymous".</summary>
    public string? UserRole { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
}
