namespace Verkostot.Core.Announcements;

/// <summary>One recipient the audience resolves to, before it becomes an outbox row.</summary>
public sealed record PlannedRecipient(string Key, RecipientKind Kind, string Name, string? PersonId = null,
    string? EntraObjectId = null, string? TeamId = null, string? ChannelId = null)
{
    public static PlannedRecipient ForChannel(string networkName, string teamId, string channelId) =>
        new($"channel:{teamId}/{channelId}", RecipientKind.Channel, networkName, TeamId: teamId, ChannelId: channelId);

    public static PlannedRecipient ForPerson(string personId, string name, string? entraObjectId) =>
        new($"person:{personId}", RecipientKind.Person, name, personId, entraObjectId);
}
