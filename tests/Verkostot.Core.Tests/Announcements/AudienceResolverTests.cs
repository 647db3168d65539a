using Verkostot.Core.Announcements;

namespace Verkostot.Core.Tests.Announcements;

public sealed class AudienceResolverTests
{
    private static IReadOnlyList<PlannedRecipient> Resolve(AnnouncementAudience audience, string? channelId = "19:c@thread.tacv2") =>
        AudienceResolver.Resolve(AnnouncementCatalog.Create(channelId), AnnouncementCatalog.NetworkId, audience, AnnouncementCatalog.Today);

    [Fact]
    public void Resolve_Channel_IsOneChannelThread()
    {
        Assert.Equal(["channel:team/19:c@thread.tacv2"], Resolve(AnnouncementAudience.Channel).Select(r => r.Key));
    }

    [Fact]
    public void Resolve_ChannelAndMembers_CurrentMembersWithPersonRecordsOnce()
    {
        var keys = Resolve(AnnouncementAudience.ChannelAndMembers).Select(r => r.Key).ToList();

        Assert.Equal(["channel:team/19:c@thread.tacv2", "person:a", "person:b", "person:c"], keys);
    }

    [Fact]
    public void Resolve_Presidium_CurrentTermMembersAndDeputiesEachOnce()
    {
        Assert.Equal(["person:a", "person:b"], Resolve(AnnouncementAudience.Presidium).Select(r => r.Key));
    }

    [Fact]
    public void Resolve_NetworkWithoutChannel_HasNoChannelRecipient()
    {
        Assert.DoesNotContain(Resolve(AnnouncementAudience.ChannelAndMembers, channelId: null), r => r.Kind == RecipientKind.Channel);
    }
}
