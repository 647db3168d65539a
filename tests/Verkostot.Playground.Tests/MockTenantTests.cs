using Verkostot.Playground.Tests.Harness;

namespace Verkostot.Playground.Tests;

/// <summary>The demo data binds the Playground's ids; these fail when .m365agentsplayground.yml drifts from them.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class MockTenantTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task TestConfig_CurrentUser_IsIiraAiniala()
    {
        var config = await fixture.Playground.TestConfigAsync();

        Assert.Equal(PlaygroundTenant.IiraAiniala, config.CurrentUser.AsPerson());
    }

    [Fact]
    public async Task TestConfig_Users_AreTheOtherDemoPeople()
    {
        var config = await fixture.Playground.TestConfigAsync();

        PlaygroundPerson[] expected =
        [
            PlaygroundTenant.JuhaHerrala, PlaygroundTenant.TarjaHosiasluoma, PlaygroundTenant.JaanaEsimerkki,
            PlaygroundTenant.MarjutAhokas, PlaygroundTenant.TimoReina,
        ];
        Assert.Equal(expected, config.Users.Select(u => u.AsPerson()));
    }

    [Fact]
    public async Task TestConfig_Team_HasGeneralAndAnnouncementsChannels()
    {
        var config = await fixture.Playground.TestConfigAsync();

        var team = Assert.Single(config.Teams);
        Assert.Equal((PlaygroundTenant.TeamId, PlaygroundTenant.TeamAadGroupId), (team.Id, team.AadGroupId));
        Assert.Equal([PlaygroundTenant.TeamId, PlaygroundTenant.AnnouncementsChannelId], team.Channels.Select(c => c.Id));
    }

    [Fact]
    public async Task TestConfig_TenantBotAndChats_HaveTheBoundIds()
    {
        var config = await fixture.Playground.TestConfigAsync();

        Assert.Equal(
            (PlaygroundTenant.TenantId, PlaygroundTenant.BotId, PlaygroundTenant.BotName, PlaygroundTenant.PersonalChatId, PlaygroundTenant.GroupChatId),
            (config.TenantId, config.Bot.Id, config.Bot.Name, config.PersonalChat.Id, Assert.Single(config.GroupChats).Id));
    }
}
