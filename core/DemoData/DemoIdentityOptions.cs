namespace Verkostot.Core.DemoData;

/// <summary>
/// Which Teams identities play the demo's people (configuration section <c>Verkostot:Demo</c>). The defaults
/// are the Microsoft 365 Agents Playground's mock users and team, so the demo works there unchanged.
/// </summary>
public sealed class DemoIdentityOptions
{
    public const string SectionName = "Verkostot:Demo";

    /// <summary>Coordinator Iira Ainiala; the Playground's default user Alex Wilber (user-id-0).</summary>
    public string CoordinatorAadObjectId { get; set; } = "00000000-0000-0000-0000-0000000000020";

    /// <summary>Presidium member and chair Juha Herrala; Playground user Megan Bowen (user-id-1).</summary>
    public string PresidiumMemberAadObjectId { get; set; } = "00000000-0000-0000-0000-0000000000021";

    /// <summary>Juha Herrala's deputy Tarja Hosiasluoma; Playground user Adele Vance (user-id-2).</summary>
    public string DeputyAadObjectId { get; set; } = "00000000-0000-0000-0000-0000000000022";

    /// <summary>Team bound to the small municipalities network; the Playground's mock team.</summary>
    public string TeamId { get; set; } = "team-id";

    public string ChannelId { get; set; } = "channel-announcements-id";

    /// <summary>Microsoft 365 group behind the team, for roster sync.</summary>
    public string GroupId { get; set; } = "00000000-0000-0000-0000-000000000031";

    public bool AllSet =>
        new[] { CoordinatorAadObjectId, PresidiumMemberAadObjectId, DeputyAadObjectId, TeamId, ChannelId, GroupId }
            .All(id => !string.IsNullOrWhiteSpace(id));
}
